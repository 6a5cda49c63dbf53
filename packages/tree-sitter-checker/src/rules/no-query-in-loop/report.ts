// Turning query calls found in loops into reports, once per call chain, for both languages.
import { excerpt } from '@plumbline/core';
import type { Report, SyntaxNode } from '../../check.js';
import { calledName, chainOf, type Link, outerCalls } from './chain.js';
import { leavesLoopAfter } from './leaves-loop.js';
import type { Loop } from './loops.js';
import { matchesPattern, type NamePattern } from './names.js';

/** A call the rule reports: how the message names it, and the batched form. */
export interface QueryCall {
  readonly label: string;
  readonly fix: string;
}

/** A query call and the loop that runs it per item. */
export interface Found extends QueryCall {
  readonly loop: Loop;
}

// The fix suggested for a configured extra query call.
const EXTRA_FIX = 'load what the loop needs before it, in one call';

// How a message names a configured extra call.
const extraLabel = (receivers: readonly string[], name: string): string => `\`${excerpt([...receivers.filter(Boolean), name].join('.'))}()\``;

/** What a language brings to deciding a call: the method names worth a look, its loops, its query catalog. */
export interface QueryFinder {
  /** Every method name the language's catalogs run a query with: a cheap test before finding the loop. */
  readonly names: { has(name: string): boolean };
  /** Whether a called name can be a query at all (the catalogs' names or a configured extra call). */
  readonly mayQuery: (name: string) => boolean;
  readonly loopOf: (call: SyntaxNode) => Loop | undefined;
  readonly queryOf: (call: SyntaxNode, links: readonly Link[], loop: Loop) => QueryCall | undefined;
  /** The query a call runs through a helper of the same file (one level of call-following). */
  readonly helperOf?: (call: SyntaxNode) => QueryCall | undefined;
}

/** The query a call runs per loop item: a configured extra call, or one the language's catalogs know. */
export function decideCall(call: SyntaxNode, language: 'python' | 'go', extra: readonly NamePattern[], finder: QueryFinder): Found | undefined {
  // most calls name no query: tell from the called name before walking the chain
  const called = calledName(call, language);
  const helper = finder.helperOf?.(call);
  if (called !== undefined && !finder.mayQuery(called) && !helper) return undefined;
  const links = chainOf(call, language);
  const name = links[links.length - 1]?.name ?? '';
  const receivers = links.slice(0, -1).map((link) => link.name);
  const isExtra = matchesPattern(extra, receivers, name);
  const loop = finder.names.has(name) || isExtra || helper ? finder.loopOf(call) : undefined;
  // a query in the branch that returns, breaks or raises runs once, not per item
  if (!loop || leavesLoopAfter(call, loop.node)) return undefined;
  if (isExtra) return { loop, label: extraLabel(receivers, name), fix: EXTRA_FIX };
  const query = (finder.names.has(name) ? finder.queryOf(call, links, loop) : undefined) ?? helper;
  return query && { loop, ...query };
}

/** Reports each call `decide` finds, once per chain (at its outermost query call), memoizing decisions. */
export function reportQueries(calls: readonly SyntaxNode[], language: 'python' | 'go', decide: (call: SyntaxNode) => Found | undefined): Report[] {
  const memo = new Map<number, Found | undefined>();
  const decided = (call: SyntaxNode): Found | undefined => {
    if (!memo.has(call.id)) memo.set(call.id, decide(call));
    return memo.get(call.id);
  };
  const reports: Report[] = [];
  for (const call of calls) {
    const found = decided(call);
    if (!found || outerCalls(call, language).some((outer) => decided(outer))) continue;
    reports.push({ at: { start: call.startPosition, end: call.endPosition }, data: { call: found.label, loop: found.loop.label, fix: found.fix } });
  }
  return reports;
}
