// no-query-in-loop for Go: database/sql, sqlx, pgx and GORM calls per loop iteration.
import type { NoQueryInLoopOptions } from '@plumbline/core/rules/no-query-in-loop';
import type { Measure, SyntaxNode } from '../../check.js';
import { calledName, callOfName, chainOf } from './chain.js';
import { GO_QUERY_NAMES, goHandles, goQueryCall } from './go-calls.js';
import { goLoop } from './go-loops.js';
import { compilePatterns, matchesPattern } from './names.js';
import { loopPolicy } from './python.js';
import { EXTRA_FIX, extraLabel, type Found, reportQueries } from './report.js';

/** Finds queries that run per loop iteration in a Go file. */
export const measureGo: Measure<NoQueryInLoopOptions> = (matches, file, options) => {
  const policy = loopPolicy(options, []);
  const extra = compilePatterns(options.extraQueryCalls);
  const mayQuery = (name: string): boolean => GO_QUERY_NAMES.has(name) || extra.some((pattern) => pattern.name.test(name));
  const handles = goHandles(file.text);
  const decide = (call: SyntaxNode): Found | undefined => {
    // most calls name no query: tell from the called name before walking the chain
    const called = calledName(call, 'go');
    if (called !== undefined && !mayQuery(called)) return undefined;
    const links = chainOf(call, 'go');
    const name = links[links.length - 1]?.name ?? '';
    const receivers = links.slice(0, -1).map((link) => link.name);
    const isExtra = matchesPattern(extra, receivers, name);
    const loop = GO_QUERY_NAMES.has(name) || isExtra ? goLoop(call, policy) : undefined;
    if (!loop) return undefined;
    if (isExtra) return { loop, label: extraLabel(receivers, name), fix: EXTRA_FIX };
    const query = goQueryCall(call, links, handles, loop);
    return query && { loop, ...query };
  };
  return reportQueries(matches.flatMap(({ finding }) => (finding && mayQuery(finding.text) ? callOfName(finding) ?? [] : [])), 'go', decide);
};
