// Limits that keep one file from taking a whole scan down. Each is counted on the input (items,
// levels, characters), never on the stack or the clock, so the same file always gets the same
// outcome; each one hit is reported as a notice on that file.
import type { Notice } from './types.js';

/** Most findings reported for one file; the rest are dropped with a `too-many-findings` notice. */
export const MAX_FINDINGS_PER_FILE = 1000;

/**
 * Deepest nesting an engine reads (brackets, blocks and expressions; configuration files'
 * arrays and maps). Parsers recurse once or more per level and run out of stack somewhere past
 * 560 levels (typescript-estree and ESLint), 786 (the YAML reader) or 2,940 (jsonc-parser),
 * depending on how warm the JIT is; a fixed limit well below them decides instead (docs/robustness.md).
 */
export const MAX_NESTING_DEPTH = 300;

/** Longest text a configured regular expression is run on; longer values are cut to this length. */
export const MAX_PATTERN_INPUT = 1000;

/** Thrown by a check that reached MAX_NESTING_DEPTH; the engine turns it into a `too-deeply-nested` notice. */
export class NestingLimitError extends Error {
  override readonly name = 'NestingLimitError';
  /** @param line the 1-based line where the limit was reached, when known */
  constructor(what: string, readonly line?: number) {
    super(`${what} is nested more than ${MAX_NESTING_DEPTH} levels deep`);
  }
}

/** The `too-deeply-nested` notice for a limit hit on a file: by one rule, which then checked nothing more there, or by the whole engine. */
export function nestingNotice(file: string, error: NestingLimitError, ruleId?: string): Notice {
  const what = ruleId ? `rule ${ruleId} did not finish this file` : 'it was not checked';
  const line = error.line === undefined ? {} : { line: error.line };
  return { level: 'warning', code: 'too-deeply-nested', file, ...line, message: `${error.message}; ${what}.` };
}

/** Appends items one by one: `target.push(...items)` fails past about 120,000 items. */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

/** The largest value of a list, or `empty` for none; `Math.max(...list)` fails on long lists. */
export function maxOf(values: Iterable<number>, empty = 0): number {
  let max: number | undefined;
  for (const value of values) if (max === undefined || value > max) max = value;
  return max ?? empty;
}

/** At most MAX_PATTERN_INPUT characters of a text: what a configured pattern is run on. */
export function capPatternInput(text: string): string {
  return text.length > MAX_PATTERN_INPUT ? text.slice(0, MAX_PATTERN_INPUT) : text;
}

/** Runs a configured pattern on at most MAX_PATTERN_INPUT characters of a text. */
export function testCapped(pattern: RegExp, text: string): boolean {
  return pattern.test(capPatternInput(text));
}

const configured = new Map<string, RegExp>();

/** Whether a configured regular expression (checked when the config loaded, compiled once, `u` flag) matches a capped text. */
export function matchesConfigured(source: string, text: string): boolean {
  let pattern = configured.get(source);
  if (!pattern) {
    pattern = new RegExp(source, 'u');
    configured.set(source, pattern);
  }
  return testCapped(pattern, text);
}
