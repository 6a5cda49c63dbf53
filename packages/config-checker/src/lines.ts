// Offsets to 1-based lines and columns, and value positions for readers.
import type { Position } from './document.js';

/** Line starts of a text, for turning offsets into positions in O(log lines). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) this.starts.push(index + 1);
  }

  /** The 1-based line and column of an offset. */
  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  /** The offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
  }
}

/** Positions of a value written as-is from `offset` (no escapes, no folding). */
export function contiguous(lines: LineIndex, offset: number): (index: number) => Position {
  return (index) => lines.position(offset + index);
}

/** Positions of a decoded value: `offsets[i]` is the source offset of its character `i`. */
export function mapped(lines: LineIndex, offsets: readonly number[], end: number): (index: number) => Position {
  return (index) => lines.position(offsets[index] ?? end);
}

/** A decoded string and the source offset of each of its characters. */
export interface Decoded {
  readonly value: string;
  readonly offsets: number[];
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\', '/': '/' };

/** Decodes backslash escapes (`\n`, `\"`, `\uXXXX`; any other `\x` gives `x`) of `text[start, end)`. */
export function decodeEscapes(text: string, start: number, end: number): Decoded {
  let value = '';
  const offsets: number[] = [];
  for (let index = start; index < end; index += 1) {
    const char = text[index]!;
    offsets.push(index);
    if (char !== '\\' || index + 1 >= end) {
      value += char;
      continue;
    }
    const next = text[index + 1]!;
    const hex = next === 'u' ? /^[0-9a-fA-F]{4}/.exec(text.slice(index + 2, index + 6)) : null;
    value += hex ? String.fromCharCode(parseInt(hex[0], 16)) : (SIMPLE_ESCAPES[next] ?? next);
    index += hex ? 5 : 1;
  }
  return { value, offsets };
}
