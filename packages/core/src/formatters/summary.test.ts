import { describe, expect, it } from 'vitest';
import type { Finding, Notice } from '../types.js';
import { countFindings, plural, sortNotices } from './summary.js';

const finding = (severity: Finding['severity'], suppressed = false): Finding => ({
  ruleId: 'r', messageId: 'm', message: 'm', severity,
  location: { file: 'a.py', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
  suppression: suppressed ? { kind: 'inSource', justification: 'why' } : undefined,
});

describe('countFindings', () => {
  it('counts by severity and counts suppressed and baselined findings only as such', () => {
    const findings = [finding('error'), finding('error', true), finding('warning'), finding('note'), finding('note'),
      { ...finding('error'), baselineState: 'unchanged' as const }, { ...finding('warning'), baselineState: 'new' as const }];
    expect(countFindings(findings)).toEqual({ errors: 1, warnings: 2, notes: 2, suppressed: 1, baselined: 1 });
  });
});

describe('sortNotices', () => {
  it('puts run-wide notices first, then orders by file, line and code', () => {
    const notice = (file: string | undefined, line: number | undefined, code: Notice['code']): Notice => ({ level: 'warning', code, message: 'x', file, line });
    const sorted = sortNotices([notice('b.py', 1, 'parse-error'), notice('a.py', 9, 'parse-error'), notice(undefined, undefined, 'no-files'),
      notice('a.py', 2, 'unused-suppression'), notice('a.py', 2, 'parse-error'), notice('a.py', undefined, 'binary-file')]);
    expect(sorted.map((n) => `${n.file ?? '-'}:${n.line ?? '-'}:${n.code}`)).toEqual([
      '-:-:no-files', 'a.py:-:binary-file', 'a.py:2:parse-error', 'a.py:2:unused-suppression', 'a.py:9:parse-error', 'b.py:1:parse-error',
    ]);
  });
});

describe('plural', () => {
  it('uses the singular for one only', () => {
    expect([plural(0, 'error'), plural(1, 'error'), plural(2, 'error')]).toEqual(['0 errors', '1 error', '2 errors']);
  });
});
