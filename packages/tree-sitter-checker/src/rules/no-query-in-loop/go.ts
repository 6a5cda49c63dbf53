// no-query-in-loop for Go: database/sql, sqlx, pgx and GORM calls per loop iteration.
import type { NoQueryInLoopOptions } from '@plumbline/core/rules/no-query-in-loop';
import type { Measure } from '../../check.js';
import { GO_QUERY_NAMES, goHandles, goQueryCall } from './go-calls.js';
import { goLoop } from './go-loops.js';
import { compilePatterns } from './names.js';
import { loopPolicy } from './loops.js';
import { decideCall, type QueryFinder, reportQueries } from './report.js';

/** Finds queries that run per loop iteration in a Go file. */
export const measureGo: Measure<NoQueryInLoopOptions> = (matches, file, options) => {
  const policy = loopPolicy(options, []);
  const extra = compilePatterns(options.extraQueryCalls);
  const handles = goHandles(file.text);
  const finder: QueryFinder = {
    names: GO_QUERY_NAMES,
    loopOf: (call) => goLoop(call, policy),
    queryOf: (call, links, loop) => goQueryCall(call, links, handles, loop),
  };
  return reportQueries(matches.flatMap((match) => match.finding ?? []), 'go', (call) => decideCall(call, 'go', extra, finder));
};
