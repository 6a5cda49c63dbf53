import { describe, expect, it } from 'vitest';
import { type CodeUnit, ownLineCounts } from './own-lines.js';

// Every line counts one; offsets are line * 100 + column, enough to nest units by.
const unit = (firstLine: number, lastLine: number, shares = { first: false, last: false }): CodeUnit => ({
  start: firstLine * 100 + (shares.first ? 50 : 0), end: lastLine * 100 + 10, firstLine, lastLine,
  sharesFirstLine: shares.first, sharesLastLine: shares.last,
});
const count = (first: number, last: number): number => Math.max(0, last - first + 1);

describe('ownLineCounts', () => {
  it('leaves out the lines that hold only a nested unit', () => {
    expect(ownLineCounts([unit(1, 10), unit(3, 6)], count)).toEqual([6, 4]);
  });

  it('keeps a shared first or last line with the enclosing unit too', () => {
    expect(ownLineCounts([unit(1, 10), unit(3, 6, { first: true, last: true })], count)).toEqual([8, 4]);
    expect(ownLineCounts([unit(1, 10), unit(3, 3, { first: true, last: true })], count)).toEqual([10, 1]);
  });

  it('takes a unit nested twice out of its direct parent only', () => {
    expect(ownLineCounts([unit(5, 6), unit(1, 10), unit(3, 8)], count)).toEqual([2, 4, 4]);
  });

  it('takes siblings out one by one, in any order', () => {
    expect(ownLineCounts([unit(7, 8), unit(1, 10), unit(2, 4)], count)).toEqual([2, 5, 3]);
  });

  it('counts a unit with nothing nested whole', () => {
    expect(ownLineCounts([unit(1, 4), unit(6, 9)], count)).toEqual([4, 4]);
    expect(ownLineCounts([], count)).toEqual([]);
  });
});
