import { describe, expect, it } from 'vitest';
import { mixedFiles } from './corpus.js';
import { plumbline, project } from './run.js';

interface Json { findings: { file: string; ruleId: string }[]; notices: { code: string; file?: string; message: string }[] }

// SARIF says when the scan ran; nothing else in it may differ between two runs.
const withoutTimes = (sarif: string): string => sarif.replace(/"(start|end)TimeUtc": "[^"]*"/g, '"$1TimeUtc": "-"');

// Each test runs the CLI several times on a busy machine: the time limit is for a hung run, not a speed check.
describe('plumbline scan --jobs', { timeout: 180_000 }, () => {
  it('writes the same JSON and SARIF with one thread and with four workers', () => {
    const dir = project(mixedFiles(8));
    const one = plumbline(['scan', '--no-cache', '--jobs', '1', '-f', 'json', '-f', 'sarif', '-o', 'one.sarif'], dir);
    const four = plumbline(['scan', '--no-cache', '--jobs', '4', '-f', 'json', '-f', 'sarif', '-o', 'four.sarif'], dir);
    expect(one.stderr).toBe('');
    expect(four.stderr).toBe('');
    expect(four.stdout).toBe(one.stdout);
    expect(four.code).toBe(one.code);
    const json = JSON.parse(one.stdout) as Json;
    // the corpus reports in every language, and its broken files are notices
    expect(new Set(json.findings.map((f) => f.file.split('/')[0]))).toEqual(new Set(['py', 'go', 'ts', 'deploy']));
    expect(json.notices.filter((n) => n.code === 'parse-error').map((n) => n.file)).toEqual(['broken/bad.go', 'broken/bad.py', 'broken/bad.ts']);
    const read = (name: string): string => plumbline(['merge-sarif', name], dir).stdout;
    expect(withoutTimes(read('four.sarif'))).toBe(withoutTimes(read('one.sarif')));
  });

  it('reports a file whose worker crashes, checks the others, and goes on with a new worker', () => {
    const dir = project(mixedFiles(6));
    const env = { PLUMBLINE_TEST_FAULT: 'crash:py/mod_2.py' };
    const run = plumbline(['scan', '--no-cache', '--jobs', '2', '-f', 'json'], dir, { env });
    const json = JSON.parse(run.stdout) as Json;
    const fresh = JSON.parse(plumbline(['scan', '--no-cache', '--jobs', '1', '-f', 'json'], dir).stdout) as Json;
    expect(json.notices.filter((n) => n.code === 'engine-error')).toEqual([
      expect.objectContaining({ file: 'py/mod_2.py', message: expect.stringContaining('injected crash') as string }),
    ]);
    expect(json.findings).toEqual(fresh.findings.filter((f) => f.file !== 'py/mod_2.py'));
  });

  it('reports a file that takes longer than --file-timeout and checks the others', () => {
    const dir = project(mixedFiles(3));
    const env = { PLUMBLINE_TEST_FAULT: 'hang:go/file1.go' };
    // the hang never ends; 30 s leaves the small files room to finish on a busy 2-core machine
    const run = plumbline(['scan', '--no-cache', '--jobs', '2', '--file-timeout', '30', '-f', 'json'], dir, { env });
    const json = JSON.parse(run.stdout) as Json;
    const fresh = JSON.parse(plumbline(['scan', '--no-cache', '--jobs', '1', '-f', 'json'], dir).stdout) as Json;
    expect(json.notices.filter((n) => n.code === 'file-timeout').map((n) => n.file)).toEqual(['go/file1.go']);
    expect(json.findings).toEqual(fresh.findings.filter((f) => f.file !== 'go/file1.go'));
  });

  it('rejects a --jobs that is not a whole number of at least 1', () => {
    const run = plumbline(['scan', '--jobs', '0'], project({ 'a.py': 'x = 1\n' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jobs');
  });
});
