import { describe, expect, it } from 'vitest';
import { excerpt, formatMessage, maskSecret, sortFindings } from './finding.js';
import type { Finding } from './types.js';

const at = (file: string, line: number, column: number, ruleId = 'max-file-lines'): Finding => ({
  ruleId, messageId: 'm', message: 'm', severity: 'warning',
  location: { file, startLine: line, startColumn: column, endLine: line, endColumn: column + 1 },
});

describe('formatMessage', () => {
  it('fills known placeholders and keeps unknown ones', () => {
    expect(formatMessage('{{a}} of {{ b }} and {{c}}', { a: 1, b: 'x' })).toBe('1 of x and {{c}}');
  });
});

describe('excerpt', () => {
  it('shortens long code to one line', () => {
    expect(excerpt('a\n   b', 10)).toBe('a b');
    expect(excerpt('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('maskSecret', () => {
  it('keeps the first four characters only', () => {
    expect(maskSecret('ghp_abcdefghijklmnop')).toBe('ghp_…');
    expect(maskSecret('ab')).toBe('ab…');
  });
});

describe('sortFindings', () => {
  it('orders by path, line, column, then rule', () => {
    const sorted = sortFindings([at('b.py', 1, 1), at('a.py', 2, 1), at('a.py', 1, 5), at('a.py', 1, 5, 'a-rule')]);
    expect(sorted.map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn}:${f.ruleId}`))
      .toEqual(['a.py:1:5:a-rule', 'a.py:1:5:max-file-lines', 'a.py:2:1:max-file-lines', 'b.py:1:1:max-file-lines']);
  });
});
