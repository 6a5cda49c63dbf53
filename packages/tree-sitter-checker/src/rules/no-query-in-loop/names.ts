// Name patterns of the rule's options: `name` or `receiver.name`, where `*` matches any part of a name.
import { globToRegExp as toRegExp } from '@plumbline/core/rules/no-query-in-loop';

/** A compiled `extraQueryCalls` / `batchFunctions` entry. */
export interface NamePattern {
  readonly receiver?: RegExp;
  readonly name: RegExp;
}

/** Compiles configured entries. */
export function compilePatterns(entries: readonly string[]): NamePattern[] {
  return entries.map((entry) => {
    const dot = entry.lastIndexOf('.');
    return { receiver: dot < 0 ? undefined : toRegExp(entry.slice(0, dot)), name: toRegExp(entry.slice(dot + 1)) };
  });
}

/** Whether a call `a.b.name()` (receivers a, b) matches a pattern; a receiver pattern matches the last receiver name. */
export function matchesPattern(patterns: readonly NamePattern[], receivers: readonly string[], name: string): boolean {
  const last = receivers[receivers.length - 1];
  return patterns.some((pattern) => pattern.name.test(name) && (!pattern.receiver || (last !== undefined && pattern.receiver.test(last))));
}
