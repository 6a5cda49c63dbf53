import { describe, expect, it } from 'vitest';
import { escapeControl } from './escape.js';

describe('escapeControl', () => {
  it('writes newlines, escape sequences and bidi overrides as escapes, and leaves other text alone', () => {
    expect(escapeControl('a\nb\r\tc\u001b[2Jd\u202ee\u0000f')).toBe('a\\nb\\r\\tc\\u001b[2Jd\\u202ee\\u0000f');
    expect(escapeControl('src/naïve café/app.py')).toBe('src/naïve café/app.py');
  });
});
