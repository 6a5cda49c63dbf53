import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../scan-result.js';
import type { Finding } from '../types.js';
import { formatGitlab, gitlabSeverity, toGitlabReport } from './gitlab.js';

const finding = (ruleId: string, severity: Finding['severity'], line: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId, messageId: 'm', message: `Problem on line ${line}.`, severity, fingerprint: 'ab'.repeat(16), occurrence: line,
  location: { file: 'src/a.py', startLine: line, startColumn: 3, endLine: line, endColumn: 9 }, ...extra,
});
const scan = (findings: Finding[]): ScanResult => ({ root: '/repo', findings, notices: [], rules: [], filesScanned: 1 });

describe('toGitlabReport', () => {
  it('maps active findings to Code Quality issues in file and line order', () => {
    const report = toGitlabReport(scan([
      finding('max-nesting-depth', 'warning', 9),
      finding('max-nesting-depth', 'warning', 4, { baselineState: 'unchanged' }),
      finding('max-nesting-depth', 'warning', 5, { suppression: { kind: 'inSource', justification: '' } }),
      finding('max-nesting-depth', 'warning', 2, { baselineState: 'new', fingerprint: undefined }),
    ]));
    expect(report).toEqual([
      { description: 'Problem on line 2.', check_name: 'max-nesting-depth', fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), severity: 'minor', location: { path: 'src/a.py', lines: { begin: 2 } } },
      { description: 'Problem on line 9.', check_name: 'max-nesting-depth', fingerprint: `${'ab'.repeat(16)}:9`, severity: 'minor', location: { path: 'src/a.py', lines: { begin: 9 } } },
    ]);
    expect(formatGitlab(scan([]))).toBe('[]\n');
  });

  it('rates security errors critical, other errors major, warnings minor and notes info', () => {
    expect(['parameterized-sql', 'max-file-lines'].map((id) => gitlabSeverity(finding(id, 'error', 1)))).toEqual(['critical', 'major']);
    expect([gitlabSeverity(finding('max-file-lines', 'warning', 1)), gitlabSeverity(finding('no-hardcoded-secrets', 'note', 1))]).toEqual(['minor', 'info']);
  });
});
