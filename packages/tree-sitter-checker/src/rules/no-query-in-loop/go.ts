// no-query-in-loop for Go: database/sql, sqlx, pgx and GORM calls per loop iteration.
import type { NoQueryInLoopOptions } from '@plumbline/core/rules/no-query-in-loop';
import type { Measure } from '../../check.js';
import { callOfName } from './chain.js';
import { GO_QUERY_NAMES, goHandles, goQueryCall } from './go-calls.js';
import { goLoop } from './go-loops.js';
import { compilePatterns } from './names.js';
import { loopPolicy } from './loops.js';
import { decideCall, type QueryFinder, reportQueries } from './report.js';

/** Finds queries that run per loop iteration in a Go file. */
export const measureGo: Measure<NoQueryInLoopOptions> = (matches, file, options) => {
  const policy = loopPolicy(options, []);
  const extra = compilePatterns(options.extraQueryCalls);
  const mayQuery = (name: string): boolean => GO_QUERY_NAMES.has(name) || extra.some((pattern) => pattern.name.test(name));
  const handles = goHandles(file.text);
  const finder: QueryFinder = {
    names: GO_QUERY_NAMES,
    mayQuery,
    loopOf: (call) => goLoop(call, policy),
    queryOf: (call, links, loop) => goQueryCall(call, links, handles, loop),
  };
  const calls = matches.flatMap(({ finding }) => (finding && mayQuery(finding.text) ? callOfName(finding) ?? [] : []));
  return reportQueries(calls, 'go', (call) => decideCall(call, 'go', extra, finder));
};
