// Which lines of a file hold code, only comments, or nothing, and how many a size rule counts.

/** Whether blank lines and comment-only lines are left out of a count. */
export interface LineCountOptions {
  readonly skipBlankLines: boolean;
  readonly skipComments: boolean;
}

/** A token or comment, as far as line counting needs it. */
export interface LineSpan {
  readonly loc: { readonly start: { readonly line: number }; readonly end: { readonly line: number } };
}

/** The parts of an ESLint `SourceCode` that line counting reads. */
export interface CountableSource {
  readonly lines: readonly string[];
  readonly ast: { readonly tokens: readonly LineSpan[]; readonly comments: readonly LineSpan[] };
}

/** What a line holds: some code, only comments (or part of a block comment), or only white space. */
export type LineKind = 'code' | 'comment' | 'blank';

/** Counted lines of a file, with ranges answered in constant time. */
export interface LineCounts {
  readonly total: number;
  /** Counted lines from `first` to `last`, 1-based and inclusive. */
  between(first: number, last: number): number;
  /** The 1-based line holding the n-th counted line, or undefined when fewer lines count. */
  lineOf(n: number): number | undefined;
}

// A blank line stays blank whatever covers it: the inside of a block comment, a template
// literal or JSX text (the same as for Python and Go).
function mark(kinds: LineKind[], spans: readonly LineSpan[], kind: LineKind): void {
  for (const span of spans) {
    const last = Math.min(span.loc.end.line, kinds.length);
    for (let line = span.loc.start.line; line <= last; line++) {
      if (kinds[line - 1] !== 'blank') kinds[line - 1] = kind;
    }
  }
}

/**
 * Classifies every line (index 0 is line 1); the empty rest after a final line break is not a
 * line. A line with only white space is blank, even inside a multi-line token or comment.
 */
export function classifyLines(source: CountableSource): LineKind[] {
  const { lines } = source;
  const count = lines.length > 0 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  // a non-blank line that no token covers is counted as code, the safe side
  const kinds = lines.slice(0, count).map((line): LineKind => (line.trim() === '' ? 'blank' : 'code'));
  mark(kinds, source.ast.comments, 'comment');
  mark(kinds, source.ast.tokens, 'code');
  return kinds;
}

function isCounted(kind: LineKind, options: LineCountOptions): boolean {
  if (kind === 'blank') return !options.skipBlankLines;
  return kind === 'code' || !options.skipComments;
}

/** Counts classified lines under the options. */
export function countLines(kinds: readonly LineKind[], options: LineCountOptions): LineCounts {
  const prefix = new Uint32Array(kinds.length + 1);
  kinds.forEach((kind, index) => {
    prefix[index + 1] = (prefix[index] ?? 0) + (isCounted(kind, options) ? 1 : 0);
  });
  const upTo = (line: number): number => prefix[Math.max(0, Math.min(line, kinds.length))] ?? 0;
  const total = upTo(kinds.length);
  return {
    total,
    between: (first, last) => Math.max(0, upTo(last) - upTo(first - 1)),
    lineOf: (n) => {
      if (n < 1 || n > total) return undefined;
      let low = 1;
      let high = kinds.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (upTo(middle) >= n) high = middle;
        else low = middle + 1;
      }
      return low;
    },
  };
}

const kindsBySource = new WeakMap<CountableSource, LineKind[]>();
const countsBySource = new WeakMap<CountableSource, Map<string, LineCounts>>();

/** Line counts of a parsed file, computed once per file and options for every rule that asks. */
export function sourceLineCounts(source: CountableSource, options: LineCountOptions): LineCounts {
  const key = `${options.skipBlankLines}/${options.skipComments}`;
  const cached = countsBySource.get(source)?.get(key);
  if (cached) return cached;
  let kinds = kindsBySource.get(source);
  if (!kinds) {
    kinds = classifyLines(source);
    kindsBySource.set(source, kinds);
  }
  const counts = countLines(kinds, options);
  const byKey = countsBySource.get(source) ?? new Map<string, LineCounts>();
  byKey.set(key, counts);
  countsBySource.set(source, byKey);
  return counts;
}
