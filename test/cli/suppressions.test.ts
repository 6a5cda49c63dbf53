import { describe, expect, it } from 'vitest';
import { longGoFunction, longPythonFunction, longTsFunction, plumbline, project } from './run.js';
import { sarifErrors } from '../support/sarif-schema.js';

interface Json { findings: { file: string; suppression?: { justification: string } }[]; notices: { code: string; file?: string; line?: number }[] }

const files = {
  'a.py': `# plumbline-ignore-next-line max-function-lines -- generated table, reviewed\n${longPythonFunction('f', 60)}`,
  'b.go': longGoFunction('g', 60).replace('func g(total int) int {', 'func g(total int) int { // plumbline-ignore max-function-lines -- state machine'),
  'c.ts': `// plumbline-ignore-next-line max-function-lines\n${longTsFunction('h', 60)}`,
  'd.py': `x = 1  # plumbline-ignore max-nesting-depth -- nothing here\n`,
};

describe('inline suppressions', () => {
  it('suppress findings in every language, and report a missing reason and an unused directive', () => {
    const json = JSON.parse(plumbline(['scan', '--format', 'json'], project(files)).stdout) as Json;
    expect(json.findings.map((f) => [f.file, f.suppression?.justification])).toEqual([
      ['a.py', 'generated table, reviewed'], ['b.go', 'state machine'], ['c.ts', ''],
    ]);
    expect(json.notices.map((n) => [n.file, n.line, n.code])).toEqual([
      ['c.ts', 1, 'suppression-without-reason'], ['d.py', 1, 'unused-suppression'],
    ]);
  });

  it('are left out of SARIF unless --sarif-include-suppressed', () => {
    const dir = project(files);
    const plain = JSON.parse(plumbline(['scan', '--format', 'sarif'], dir).stdout) as { runs: { results: unknown[] }[] };
    expect(plain.runs[0]?.results).toEqual([]);
    const withSuppressed = JSON.parse(plumbline(['scan', '--format', 'sarif', '--sarif-include-suppressed'], dir).stdout) as { runs: { results: { suppressions: unknown[] }[] }[] };
    expect(sarifErrors(withSuppressed)).toEqual([]);
    expect(withSuppressed.runs[0]?.results.map((r) => r.suppressions)).toEqual([
      [{ kind: 'inSource', justification: 'generated table, reviewed' }], [{ kind: 'inSource', justification: 'state machine' }], [{ kind: 'inSource' }],
    ]);
  });

  it('stylish counts suppressed findings but does not list them', () => {
    const run = plumbline(['scan'], project(files));
    expect(run.stdout).not.toContain('max-function-lines  ');
    expect(run.stdout).toMatch(/3 suppressed/);
  });
});
