import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/errors.js';
import { formatBaseline, parseBaseline } from './file.js';

const entry = (path: string, rule: string, fingerprint: string, count = 1) => ({ rule, path, fingerprint, count });

describe('formatBaseline', () => {
  it('writes sorted entries one per line, with the fingerprint version, and reads them back', () => {
    const entries = [entry('src/b.py', 'no-catch-all', 'ff'), entry('src/a.py', 'parameterized-sql', '01', 2), entry('src/a.py', 'max-file-lines', 'aa')];
    const text = formatBaseline(entries);
    expect(text).toBe([
      '{',
      '  "version": 1,',
      '  "tool": "plumbline",',
      '  "fingerprint": "plumbline/v2",',
      '  "findings": [',
      '    {"rule":"max-file-lines","path":"src/a.py","fingerprint":"aa","count":1},',
      '    {"rule":"parameterized-sql","path":"src/a.py","fingerprint":"01","count":2},',
      '    {"rule":"no-catch-all","path":"src/b.py","fingerprint":"ff","count":1}',
      '  ]',
      '}',
      '',
    ].join('\n'));
    expect(parseBaseline(text, 'b.json')).toEqual({ fingerprintVersion: 'plumbline/v2', entries: [entries[2], entries[1], entries[0]] });
    expect(formatBaseline([...entries].reverse())).toBe(text);
  });

  it('writes an empty baseline', () => {
    expect(parseBaseline(formatBaseline([]), 'b.json').entries).toEqual([]);
  });
});

describe('parseBaseline', () => {
  const problem = (text: string): string => {
    try {
      parseBaseline(text, 'plumbline-baseline.json');
    } catch (error) {
      if (error instanceof ConfigError) return error.describe();
      throw error;
    }
    return 'no error';
  };
  const file = (findings: unknown): string => JSON.stringify({ version: 1, tool: 'plumbline', fingerprint: 'plumbline/v2', findings });

  it('names the file and the bad value', () => {
    expect(problem('{')).toMatch(/^plumbline-baseline.json: invalid JSON/);
    expect(problem('[]')).toBe('plumbline-baseline.json: a baseline is a JSON object');
    expect(problem('{"version":2}')).toBe('plumbline-baseline.json at version: unsupported baseline version 2; expected 1');
    expect(problem(file({}))).toBe('plumbline-baseline.json at findings: expected an array');
    expect(problem(file([{ rule: 'r', path: 'p', fingerprint: '', count: 1 }]))).toBe('plumbline-baseline.json at findings[0].fingerprint: expected a non-empty string');
    expect(problem(file([{ rule: 'r', path: 'p', fingerprint: 'f', count: 0 }]))).toBe('plumbline-baseline.json at findings[0].count: expected a whole number of at least 1');
  });
});
