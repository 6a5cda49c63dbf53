import { describe, expect, it } from 'vitest';
import type { Span } from './check.js';
import { BLANK, classifyLines, CODE, COMMENT, countLines, rowOfCountedLine, splitLines } from './lines.js';

const span = (startRow: number, startColumn: number, endRow: number, endColumn: number): Span => (
  { start: { row: startRow, column: startColumn }, end: { row: endRow, column: endColumn } });

const SKIP_BOTH = { skipBlankLines: true, skipComments: true };

describe('classifyLines', () => {
  it('tells code, comment-only and blank lines apart', () => {
    const lines = splitLines('x = 1  # one\n# two\n   \n"""doc\n  more"""\ny = 2\n');
    const kinds = classifyLines(lines, [span(0, 7, 0, 12), span(1, 0, 1, 5), span(3, 0, 4, 9)]);
    expect([...kinds]).toEqual([CODE, COMMENT, BLANK, COMMENT, COMMENT, CODE]);
  });

  it('keeps code around block comments on the same line', () => {
    const lines = splitLines('/* a */ x := 1\n/* b */ /* c */\nfoo() /* d\n e */ bar()');
    const kinds = classifyLines(lines, [span(0, 0, 0, 7), span(1, 0, 1, 7), span(1, 8, 1, 15), span(2, 6, 3, 5)]);
    expect([...kinds]).toEqual([CODE, COMMENT, CODE, CODE]);
  });

  it('splits on CRLF like on LF, and gives the empty text after a final newline no line', () => {
    expect(classifyLines(splitLines('a\r\n\r\nb\r\n'), []).length).toBe(3);
  });
});

describe('counting lines', () => {
  const kinds = Uint8Array.from([CODE, COMMENT, BLANK, CODE, CODE]);

  it('counts what the options keep', () => {
    expect(countLines(kinds, 0, 4, SKIP_BOTH)).toBe(3);
    expect(countLines(kinds, 0, 4, { skipBlankLines: false, skipComments: true })).toBe(4);
    expect(countLines(kinds, 0, 4, { skipBlankLines: false, skipComments: false })).toBe(5);
    expect(countLines(kinds, 1, 3, SKIP_BOTH)).toBe(1);
  });

  it('finds the row of the nth counted line', () => {
    expect(rowOfCountedLine(kinds, 2, SKIP_BOTH)).toBe(3);
    expect(rowOfCountedLine(kinds, 4, SKIP_BOTH)).toBe(-1);
  });
});
