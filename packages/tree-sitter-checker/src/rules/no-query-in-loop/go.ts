// no-query-in-loop for Go: database/sql, sqlx, pgx and GORM calls per loop iteration.
import type { NoQueryInLoopOptions } from '@plumbline/core/rules/no-query-in-loop';
import { GO_REPOSITORY_CALLS } from '@plumbline/core/query-calls/go';
import type { Measure, SyntaxNode } from '../../check.js';
import type { Link } from './chain.js';
import type { Loop } from './loops.js';
import type { QueryCall } from './report.js';
import { callOfName } from './chain.js';
import { GO_QUERY_NAMES, goHandles, goQueryCall } from './go-calls.js';
import { goLoop } from './go-loops.js';
import { compilePatterns } from './names.js';
import { loopPolicy } from './loops.js';
import { decideCall, type QueryFinder, reportQueries } from './report.js';
import { goHelpers } from './go-helpers.js';
import { fileHelpers, helperCall } from './helpers.js';

/** Finds queries that run per loop iteration in a Go file. */
export const measureGo: Measure<NoQueryInLoopOptions> = (matches, file, options) => {
  const policy = loopPolicy(options, []);
  const extra = [...compilePatterns(options.extraQueryCalls), ...(options.repositoryCalls ? [GO_REPOSITORY_CALLS] : [])];
  const handles = goHandles(file.text, (option) => option === 'xormCalls' && options.xormCalls);
  // a file with sqlc Queries: any exported method name may be one of its queries
  const names = handles.sqlc.size === 0 ? GO_QUERY_NAMES : { has: (name: string): boolean => GO_QUERY_NAMES.has(name) || /^[A-Z]/.test(name) };
  const mayQuery = (name: string): boolean => names.has(name) || extra.some((pattern) => pattern.name.test(name));
  const queryOf = (call: SyntaxNode, links: readonly Link[], loop: Loop): QueryCall | undefined => goQueryCall(call, links, handles, loop);
  const helperLanguage = goHelpers(policy, mayQuery, (call, links, loop) => goQueryCall(call, links, handles, loop, true));
  const root = matches[0]?.finding?.tree.rootNode;
  const helpers = root && options.followHelpers ? fileHelpers(root, helperLanguage) : () => new Map();
  const finder: QueryFinder = {
    names,
    mayQuery,
    loopOf: (call) => goLoop(call, policy),
    queryOf,
    helperOf: (call) => helperCall(call, helpers, helperLanguage),
  };
  let helperNames: Set<string> | undefined;
  const isHelper = (name: string): boolean => (helperNames ??= new Set([...helpers().values()].map((helper) => helper.name))).has(name);
  const calls = matches.flatMap(({ finding }) => (finding && (mayQuery(finding.text) || isHelper(finding.text)) ? callOfName(finding) ?? [] : []));
  return reportQueries(calls, 'go', (call) => decideCall(call, 'go', extra, finder));
};
