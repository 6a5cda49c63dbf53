import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog.js';
import type { ScanResult } from '../scan-result.js';
import type { Location } from '../types.js';
import { formatJson, JSON_REPORT_VERSION } from './json.js';

const at = (file: string, line: number, column: number, message?: string): Location => ({
  file, startLine: line, startColumn: column, endLine: line, endColumn: column + 6, message,
});

const scan: ScanResult = {
  root: '/home/dev/repo',
  findings: [
    { ruleId: 'max-file-lines', messageId: 'tooLong', severity: 'warning', location: at('src/legacy.py', 151, 1),
      message: 'File has 180 code lines; the limit is 150. Split it by responsibility.',
      suppression: { kind: 'inSource', justification: 'scheduled for removal' }, fingerprint: '0f'.repeat(16) },
    { ruleId: 'max-nesting-depth', messageId: 'tooDeep', severity: 'error', location: at('src/app.ts', 40, 9),
      message: 'Blocks are nested 4 deep here; the limit is 3. Return early or extract a function.',
      related: [at('src/app.ts', 31, 3, 'outermost block')], fingerprint: '1e'.repeat(16), occurrence: 1 },
    { ruleId: 'max-function-lines', messageId: 'tooLong', severity: 'note', location: at('src/app.ts', 12, 10),
      message: 'Function handle has 51 code lines; the limit is 50. Extract smaller functions.' },
  ],
  notices: [
    { level: 'warning', code: 'unreadable-file', message: 'Permission denied.', file: 'src/secret.py' },
    { level: 'note', code: 'no-files', message: 'No files matched vendor/**.' },
  ],
  rules: catalog,
  filesScanned: 3,
  startTime: '2025-01-02T03:04:05.000Z',
};

describe('formatJson', () => {
  it('writes the documented, versioned shape', async () => {
    await expect(formatJson(scan)).toMatchFileSnapshot('./__snapshots__/report.json');
  });

  it('keeps keys in a fixed order and counts suppressed findings apart', () => {
    const report = JSON.parse(formatJson(scan));
    expect(Object.keys(report)).toEqual(['version', 'tool', 'summary', 'findings', 'notices']);
    expect(report.version).toBe(JSON_REPORT_VERSION);
    expect(report.summary).toEqual({ filesScanned: 3, errors: 1, warnings: 0, notes: 1, suppressed: 1, baselined: 0 });
    expect(Object.keys(report.findings[0])).toEqual([
      'ruleId', 'messageId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'related', 'fingerprint', 'occurrence',
    ]);
    expect(report.findings.map((f: { line: number }) => f.line)).toEqual([12, 40, 151]);
    expect(report.findings[0].fingerprint).toBeNull();
    expect(report.findings[0].occurrence).toBeNull();
  });

  it('has no absolute paths', () => {
    const text = formatJson(scan);
    expect(text).not.toContain(scan.root);
    expect(text).not.toMatch(/"file": "\//);
  });

  it('is 2-space indented, ends with a newline and is deterministic', () => {
    const text = formatJson(scan);
    expect(text.startsWith('{\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const shuffled = { ...scan, findings: [...scan.findings].reverse(), notices: [...scan.notices].reverse() };
    expect(formatJson(shuffled)).toBe(text);
  });

  it('writes empty arrays for a clean scan', () => {
    const report = JSON.parse(formatJson({ ...scan, findings: [], notices: [] }));
    expect(report.findings).toEqual([]);
    expect(report.notices).toEqual([]);
  });
});
