import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog.js';
import type { ScanResult } from '../scan-result.js';
import type { Finding, Location } from '../types.js';
import { formatStylish } from './stylish.js';

const ANSI = /\u001b\[/;
const at = (file: string, line: number, column: number): Location => ({ file, startLine: line, startColumn: column, endLine: line, endColumn: column + 1 });
const finding = (ruleId: string, severity: Finding['severity'], location: Location, message: string, extra: Partial<Finding> = {}): Finding => ({
  ruleId, messageId: 'm', severity, location, message, ...extra,
});

const scan: ScanResult = {
  root: '/repo',
  findings: [
    finding('max-nesting-depth', 'error', at('src/app.ts', 40, 9), 'Blocks are nested 4 deep here; the limit is 3.'),
    finding('max-file-lines', 'warning', at('src/app.ts', 151, 1), 'File has 180 code lines; the limit is 150.'),
    finding('max-function-lines', 'note', at('lib/util.py', 3, 5), 'Function run has 51 code lines; the limit is 50.'),
    finding('max-file-lines', 'warning', at('lib/hidden.py', 151, 1), 'Suppressed one.', { suppression: { kind: 'inSource', justification: 'ok' } }),
  ],
  notices: [
    { level: 'error', code: 'parse-error', message: 'Could not parse: unexpected token.', file: 'lib/broken.py', line: 7 },
    { level: 'warning', code: 'unused-suppression', message: 'plumbline-ignore suppresses nothing.', file: 'src/app.ts', line: 2 },
    { level: 'note', code: 'no-files', message: 'No files matched vendor/**.' },
  ],
  rules: catalog,
  filesScanned: 12,
};

describe('formatStylish', () => {
  it('groups by file with aligned columns, notices beside findings, then a summary', () => {
    expect(formatStylish(scan, { color: false })).toBe([
      'lib/broken.py',
      '  7  error  Could not parse: unexpected token.  parse-error',
      '',
      'lib/util.py',
      '  3:5  note  Function run has 51 code lines; the limit is 50.  max-function-lines',
      '',
      'src/app.ts',
      '  2      warning  plumbline-ignore suppresses nothing.            unused-suppression',
      '  40:9   error    Blocks are nested 4 deep here; the limit is 3.  max-nesting-depth',
      '  151:1  warning  File has 180 code lines; the limit is 150.      max-file-lines',
      '',
      'General',
      '  -  note  No files matched vendor/**.  no-files',
      '',
      '✖ 3 problems (1 error, 1 warning, 1 note), 1 suppressed',
      '',
    ].join('\n'));
  });

  it('has no ANSI codes with color off and has them with color on', () => {
    expect(formatStylish(scan, { color: false })).not.toMatch(ANSI);
    const colored = formatStylish(scan, { color: true });
    expect(colored).toMatch(ANSI);
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(formatStylish(scan, { color: false }));
  });

  it('does not show suppressed findings but counts them', () => {
    const text = formatStylish(scan, { color: false });
    expect(text).not.toContain('lib/hidden.py');
    expect(text).not.toContain('Suppressed one.');
  });

  it('does not show findings already in the baseline but counts them', () => {
    const baselined = finding('max-nesting-depth', 'error', at('src/old.ts', 4, 1), 'Baselined one.', { baselineState: 'unchanged' });
    const fresh = finding('max-nesting-depth', 'error', at('src/new.ts', 4, 1), 'New one.', { baselineState: 'new' });
    const text = formatStylish({ ...scan, findings: [...scan.findings, baselined, fresh], notices: [] }, { color: false });
    expect(text).not.toContain('Baselined one.');
    expect(text).toContain('New one.');
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ 4 problems (2 errors, 1 warning, 1 note), 1 suppressed, 1 baselined');
  });

});

describe('formatStylish: edge cases', () => {
  it('says so when there is nothing to report', () => {
    expect(formatStylish({ ...scan, findings: [], notices: [] }, { color: false })).toBe('No problems found in 12 files.\n');
    const suppressedOnly = { ...scan, findings: scan.findings.slice(3), notices: [], filesScanned: 1 };
    expect(formatStylish(suppressedOnly, { color: false })).toBe('No problems found in 1 file, 1 suppressed.\n');
  });

  it('uses singular words for one problem and leaves out zero notes', () => {
    const one = { ...scan, findings: scan.findings.slice(1, 2), notices: [] };
    expect(formatStylish(one, { color: false }).trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (0 errors, 1 warning)');
  });

  it('prints paths relative to cwd when given', () => {
    const text = formatStylish({ ...scan, notices: [] }, { color: false, cwd: '/repo/src' });
    expect(text).toContain('\napp.ts\n');
    expect(text).toContain('../lib/util.py\n');
  });

  it('does not depend on the order of findings and notices', () => {
    const shuffled = { ...scan, findings: [...scan.findings].reverse(), notices: [...scan.notices].reverse() };
    expect(formatStylish(shuffled, { color: true })).toBe(formatStylish(scan, { color: true }));
  });
});
