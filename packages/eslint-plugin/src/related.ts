// Related locations (where a SQL string was built, …) for findings of the `plumbline scan`.
// ESLint messages carry no extra data, so while the scan lints a file it opens a collector,
// rules record their related places in it, and the scan reads them back by message position.
// Plain ESLint runs have no collector open and nothing is kept.
import type { TSESTree } from '@typescript-eslint/utils';

/** A place that explains a finding; line and column are 1-based like ESLint messages. */
export interface RelatedPlace {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

let collector: Map<string, RelatedPlace[]> | undefined;

/** The key of a message: rule and 1-based start, as ESLint reports it. */
export function relatedKey(ruleId: string, line: number, column: number): string {
  return `${ruleId}:${line}:${column}`;
}

/** Records places related to a report starting at `start` (0-based column, as in ESTree). */
export function recordRelated(ruleId: string, start: TSESTree.Position, places: readonly { loc: TSESTree.SourceLocation; message: string }[]): void {
  if (!collector || places.length === 0) return;
  const key = relatedKey(ruleId, start.line, start.column + 1);
  const converted = places.map(({ loc, message }) => ({
    line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1, message,
  }));
  collector.set(key, [...(collector.get(key) ?? []), ...converted]);
}

/** Runs `lint` with a collector open and returns what the rules recorded. */
export function collectRelated<T>(lint: () => T): { result: T; related: ReadonlyMap<string, readonly RelatedPlace[]> } {
  const previous = collector;
  collector = new Map();
  try {
    const result = lint();
    return { result, related: collector };
  } finally {
    collector = previous;
  }
}
