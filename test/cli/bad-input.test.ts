import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longPythonFunction, plumbline, project } from './run.js';

interface Json { findings: { file: string; ruleId: string }[]; notices: { code: string; file?: string; level: string }[] }
const scanJson = (dir: string, args: string[] = []): { json: Json; code: number | null; stderr: string } => {
  const run = plumbline(['scan', '--format', 'json', ...args], dir);
  return { json: JSON.parse(run.stdout) as Json, code: run.code, stderr: run.stderr };
};
const codesByFile = (json: Json): Record<string, string> => Object.fromEntries(json.notices.map((n) => [n.file ?? '', n.code]));
const deep = (open: string, close: string, depth: number): string => open.repeat(depth) + close.repeat(depth);

describe('plumbline scan: bad input never stops the scan', () => {
  it('reports binary, invalid UTF-8 and syntax errors as notices and checks the good file', () => {
    const dir = project({
      'bin.py': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), 'latin1.py': Buffer.from('x = "caf\xe9"\n', 'latin1'),
      'broken.py': 'def f(:\n  pass\n', 'broken.go': 'package main\nfunc {\n', 'broken.ts': 'const = ;\n',
      'good.py': longPythonFunction('g', 60),
    });
    const { json, code, stderr } = scanJson(dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(codesByFile(json)).toEqual({
      'bin.py': 'binary-file', 'latin1.py': 'invalid-utf8', 'broken.py': 'parse-error', 'broken.go': 'parse-error', 'broken.ts': 'parse-error',
    });
    expect(json.findings.map((f) => f.file)).toEqual(['good.py']);
  });

  it('survives a file nested 5,000 levels deep in every language', () => {
    const dir = project({
      'deep.py': `x = ${deep('(', ')', 5000)}\n`, 'deep.go': `package main\nvar x = ${'('.repeat(5000)}1${')'.repeat(5000)}\n`,
      'deep.js': `const x = ${deep('[', ']', 5000)};\n`, 'deep.ts': `function f() ${deep('{', '}', 5000)}\n`,
    });
    const { code, stderr } = scanJson(dir);
    expect(stderr).toBe('');
    expect(code).not.toBe(2);
  });

  it('skips a 2.5 MB file with a notice by default, and checks it with a larger --max-file-size', () => {
    // the bytes are in one comment line, so checking it costs little on a busy machine; the loop
    // makes it code rather than a declaration file, which max-file-lines leaves alone
    const big = `# ${'x'.repeat(2_500_000)}\nfor i in range(2):\n    pass\n${'x = 1\n'.repeat(160)}`;
    const dir = project({ 'big.py': big, 'small.py': 'x = 1\n' });
    const { json } = scanJson(dir);
    expect(codesByFile(json)).toEqual({ 'big.py': 'file-too-large' });
    expect(json.findings).toEqual([]);
    const raised = scanJson(dir, ['--max-file-size', '3']);
    expect(raised.json.findings.map((f) => f.ruleId)).toEqual(['max-file-lines']);
  });

  it('reports an unreadable file', () => {
    const dir = project({ 'secret.py': 'x = 1\n', 'ok.py': longPythonFunction('f', 60) });
    chmodSync(join(dir, 'secret.py'), 0o000);
    // root reads any file, so the CLI runs as an unprivileged user there
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    const run = plumbline(['scan', '--format', 'json'], dir, { uid });
    const json = JSON.parse(run.stdout) as Json;
    expect(codesByFile(json)).toEqual({ 'secret.py': 'unreadable-file' });
    expect(json.findings).toHaveLength(1);
  });
});
