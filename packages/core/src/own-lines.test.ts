import { describe, expect, it } from 'vitest';
import { type CodeUnit, functionLineCounts, ownLineCounts } from './own-lines.js';

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

describe('functionLineCounts', () => {
  const options = { countNestedFunctions: false, countWrappedSignatures: false };
  const wrapped: CodeUnit = { ...unit(1, 10), signature: [1, 4] };

  it('counts a signature wrapped over several lines as one line', () => {
    expect(functionLineCounts([wrapped], count, options)).toEqual([7]);
    expect(functionLineCounts([{ ...unit(1, 10), signature: [1, 1] }], count, options)).toEqual([10]);
    // a decorator line of its own is not part of the signature
    expect(functionLineCounts([{ ...unit(1, 10), signature: [2, 3] }], count, options)).toEqual([9]);
  });

  it('counts every signature line with countWrappedSignatures', () => {
    expect(functionLineCounts([wrapped], count, { ...options, countWrappedSignatures: true })).toEqual([10]);
  });

  it('counts nested units for the enclosing one with countNestedFunctions', () => {
    expect(functionLineCounts([unit(1, 10), unit(3, 6)], count, { ...options, countNestedFunctions: true })).toEqual([10, 4]);
    expect(functionLineCounts([unit(1, 10), unit(3, 6)], count, options)).toEqual([6, 4]);
  });
});
