import { describe, expect, it } from 'vitest';
import { measureScript } from './script-shape.js';

describe('measureScript', () => {
  it('counts tokens and bracket depth, skipping strings, comments, regular expressions and template text', () => {
    expect(measureScript('const a = f(x[0]);')).toEqual({ tokens: 11, depth: 2 });
    expect(measureScript('const s = "((((" + \'[[[\' + `{{{ ${a[1]} }}}`; // ((((\n/* [[[[ */ const r = /[(]+/g;')).toEqual({ tokens: 20, depth: 2 });
    expect(measureScript('x = a / b / (c);')).toEqual({ tokens: 10, depth: 1 });
  });

  it('follows templates nested in templates', () => {
    expect(measureScript('`a ${`b ${`c ${d}`}`}`').depth).toBe(3);
  });
});
