// Issue #22: what a file in the scanned tree cannot do to a scan (cases 1, 2, 3 and the file-name part of 9).
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plumbline, project } from './run.js';

interface Json { findings: { file: string; ruleId: string }[]; notices: { code: string; file?: string }[] }
const SECRETS_ON = JSON.stringify({ rules: { 'no-hardcoded-secrets': 'error' } });
const noticesOf = (json: Json): string[] => json.notices.map((n) => `${n.file ?? ''} ${n.code}`).sort();

// 8 letters and digits from a seeded generator: the same file on every run
function passwords(count: number): string[] {
  let state = 22;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648);
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: count }, () => Array.from({ length: 8 }, () => alphabet[next() % alphabet.length]).join(''));
}

describe('case 1: one file never takes the scan down', () => {
  it('a .env of 130,000 passwords: capped with a notice, and every output written', () => {
    const env = passwords(130_000).map((value) => `pwd=${value}`).join('\n');
    const dir = project({ 'plumbline.config.json': SECRETS_ON, '.env': `${env}\n`, 'app.py': 'API_KEY = "Zk4pQ8vX2mL7nR9tW3yB6cF1"\n' });
    const run = plumbline(['scan', '--format', 'json', '--output', 'out/report.json', '--format', 'stylish'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const json = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')) as Json;
    expect(json.findings.filter((f) => f.file === '.env')).toHaveLength(1000);
    expect(json.findings.filter((f) => f.file === 'app.py')).toHaveLength(1);
    expect(noticesOf(json)).toEqual(['.env too-many-findings']);
    expect(run.stdout).toContain('File has 130000 findings; only the first 1000 (up to line 1000) are reported.');
  }, 120_000);
});

describe('case 2: FIFOs, sockets and devices never block a scan', () => {
  it('gives a FIFO named on the command line or found in a walk a notice, and refuses it as --config', async () => {
    const dir = project({ 'ok.py': 'x = 1\n', 'plumbline.config.json': '{}' });
    execFileSync('mkfifo', [join(dir, 'named.py'), join(dir, 'walked.py'), join(dir, 'fifo.json')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'socket.py'), resolve));
    try {
      const named = plumbline(['scan', '--format', 'json', 'named.py', 'ok.py'], dir);
      expect(noticesOf(JSON.parse(named.stdout) as Json)).toEqual(['named.py special-file']);
      const walked = plumbline(['scan', '--format', 'json', '.'], dir);
      expect(noticesOf(JSON.parse(walked.stdout) as Json)).toEqual(['fifo.json special-file', 'named.py special-file', 'socket.py special-file', 'walked.py special-file']);
      const config = plumbline(['scan', '--config', 'fifo.json', 'ok.py'], dir);
      expect([config.code, config.stderr]).toEqual([2, expect.stringContaining('fifo.json: the config file is a FIFO (named pipe), not a regular file')]);
    } finally {
      server.close();
    }
  }, 120_000);
});

describe('case 3: a read never runs past the size limit', () => {
  it('refuses a link to /dev/zero, named or walked, and reads only the head of a 1 GB sparse file', () => {
    const dir = project({ 'sub/ok.py': 'x = 1\n' });
    symlinkSync('/dev/zero', join(dir, 'zero.py'));
    symlinkSync('/dev/zero', join(dir, 'sub/zero.py'));
    writeFileSync(join(dir, 'sparse.py'), '');
    truncateSync(join(dir, 'sparse.py'), 1024 ** 3);
    const named = plumbline(['scan', '--format', 'json', 'zero.py'], dir);
    expect(noticesOf(JSON.parse(named.stdout) as Json)).toEqual([' no-files', 'zero.py special-file']);
    const walked = plumbline(['scan', '--format', 'json', '--max-file-size', '2000', '.'], dir);
    expect(noticesOf(JSON.parse(walked.stdout) as Json)).toEqual(['sparse.py binary-file', 'sub/zero.py special-file', 'zero.py special-file']);
    const limited = plumbline(['scan', '--format', 'json', 'sparse.py'], dir);
    expect(noticesOf(JSON.parse(limited.stdout) as Json)).toEqual(['sparse.py file-too-large']);
  }, 120_000);
});

describe('case 9: a file name cannot forge output', () => {
  it('escapes a newline in a file name in stylish output', () => {
    const forged = '  9:9  error  Forged finding.  parameterized-sql';
    const name = `evil.py\n${forged}\nz.py`;
    const dir = project({ [name]: 'def f(cur, x):\n    cur.execute("SELECT * FROM t WHERE a = " + x)\n' });
    const run = plumbline(['scan'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).not.toContain(forged);
    expect(run.stdout).toContain(`evil.py\\n${forged}\\nz.py`);
  }, 120_000);
});
