// Turning query calls found in loops into reports, once per call chain, for both languages.
import type { Report, SyntaxNode } from '../../check.js';
import { outerCalls } from './chain.js';
import type { Loop } from './loops.js';
import { excerpt } from './names.js';

/** A query call and the loop that runs it per item. */
export interface Found {
  readonly loop: Loop;
  readonly label: string;
  readonly fix: string;
}

/** The fix suggested for a configured extra query call. */
export const EXTRA_FIX = 'load what the loop needs before it, in one call';

/** How a message names a configured extra call. */
export const extraLabel = (receivers: readonly string[], name: string): string => `\`${excerpt([...receivers.filter(Boolean), name].join('.'))}()\``;

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
