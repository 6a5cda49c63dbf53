import { describe, expect, it } from 'vitest';
import { classifyLines, type CountableSource, countLines, type LineSpan, sourceLineCounts } from './count-lines.js';

const span = (start: number, end = start): LineSpan => ({ loc: { start: { line: start }, end: { line: end } } });
const source = (lines: string[], tokens: LineSpan[], comments: LineSpan[] = []): CountableSource => ({ lines, ast: { tokens, comments } });
const skipBoth = { skipBlankLines: true, skipComments: true };
const countAll = { skipBlankLines: false, skipComments: false };

describe('classifyLines', () => {
  it('tells code, comment-only and blank lines apart', () => {
    const lines = ['const a = 1; // trailing', '// only a comment', '', '/* start', '', 'end */ b();', '   '];
    expect(classifyLines(source(lines, [span(1), span(6)], [span(1), span(2), span(4, 6)])))
      .toEqual(['code', 'comment', 'blank', 'comment', 'blank', 'code', 'blank']);
  });

  it('counts the lines a multi-line token covers as code, except blank ones', () => {
    expect(classifyLines(source(['x = `', '  a', '', '`;'], [span(1), span(1, 4), span(4)]))).toEqual(['code', 'code', 'blank', 'code']);
  });

  it('drops the empty rest after a final line break', () => {
    expect(classifyLines(source(['a;', ''], [span(1)]))).toEqual(['code']);
    expect(classifyLines(source([''], []))).toEqual([]);
  });

  it('treats a non-blank line no token covers as code', () => {
    expect(classifyLines(source(['\u00ad'], []))).toEqual(['code']);
  });
});

describe('countLines', () => {
  const kinds = classifyLines(source(['a;', '', '// c', 'b;', 'c;'], [span(1), span(4), span(5)], [span(3)]));

  it('skips blank and comment-only lines as the options say', () => {
    expect(countLines(kinds, skipBoth).total).toBe(3);
    expect(countLines(kinds, countAll).total).toBe(5);
    expect(countLines(kinds, { skipBlankLines: true, skipComments: false }).total).toBe(4);
    expect(countLines(kinds, { skipBlankLines: false, skipComments: true }).total).toBe(4);
  });

  it('counts an inclusive range and clamps it to the file', () => {
    const counts = countLines(kinds, skipBoth);
    expect(counts.between(1, 4)).toBe(2);
    expect(counts.between(2, 3)).toBe(0);
    expect(counts.between(0, 99)).toBe(3);
  });

  it('finds the line that holds the n-th counted line', () => {
    const counts = countLines(kinds, skipBoth);
    expect([1, 2, 3].map((n) => counts.lineOf(n))).toEqual([1, 4, 5]);
    expect(counts.lineOf(4)).toBeUndefined();
    expect(counts.lineOf(0)).toBeUndefined();
  });
});

describe('sourceLineCounts', () => {
  it('computes once per source and options', () => {
    const parsed = source(['a;', '// c'], [span(1)], [span(2)]);
    const first = sourceLineCounts(parsed, skipBoth);
    expect(sourceLineCounts(parsed, { ...skipBoth })).toBe(first);
    expect(sourceLineCounts(parsed, countAll).total).toBe(2);
  });
});
