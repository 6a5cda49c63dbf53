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

describe('eslint-disable comments in JavaScript and TypeScript', () => {
  const tsFiles = {
    'e.ts': `// eslint-disable-next-line @plumbline/max-function-lines -- generated from the OpenAPI spec\n${longTsFunction('e', 60)}`,
    'f.js': `/* eslint-disable */\n${longTsFunction('f', 60).replace(': number', '').replace(': number', '')}`,
    'g.ts': `// eslint-disable-next-line @plumbline/max-nesting-depth -- nothing nests here\nexport const g = 1;\n`,
    // both syntaxes on one finding: the ESLint reason is kept, and neither comment is unused
    'h.ts': `// eslint-disable-next-line @plumbline/max-function-lines -- eslint reason\n${longTsFunction('h', 60).replace('{\n', '{ // plumbline-ignore max-function-lines -- plumbline reason\n')}`,
  };

  it('suppress findings as ESLint does, keep them with the reason, and report unused ones', () => {
    const json = JSON.parse(plumbline(['scan', '--format', 'json'], project(tsFiles)).stdout) as Json;
    expect(json.findings.map((f) => [f.file, f.suppression?.justification])).toEqual([
      ['e.ts', 'generated from the OpenAPI spec'], ['f.js', ''], ['h.ts', 'eslint reason'],
    ]);
    expect(json.notices.map((n) => [n.file, n.line, n.code])).toEqual([['g.ts', 1, 'unused-suppression']]);
  });

  it('appear in SARIF as inSource suppressions with the reason', () => {
    const sarif = JSON.parse(plumbline(['scan', '--format', 'sarif', '--sarif-include-suppressed'], project(tsFiles)).stdout) as { runs: { results: { suppressions: unknown[] }[] }[] };
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]?.results.map((r) => r.suppressions)).toEqual([
      [{ kind: 'inSource', justification: 'generated from the OpenAPI spec' }], [{ kind: 'inSource' }], [{ kind: 'inSource', justification: 'eslint reason' }],
    ]);
  });

  it('--no-report-unused-suppressions silences unused eslint-disable and plumbline-ignore comments alike', () => {
    const dir = project({ ...tsFiles, 'd.py': files['d.py'] });
    const json = JSON.parse(plumbline(['scan', '--format', 'json', '--no-report-unused-suppressions'], dir).stdout) as Json;
    expect(json.notices).toEqual([]);
    const reported = JSON.parse(plumbline(['scan', '--format', 'json', '--report-unused-suppressions'], dir).stdout) as Json;
    expect(reported.notices.map((n) => n.file)).toEqual(['d.py', 'g.ts']);
  });
});
