import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sarifErrors } from '../support/sarif-schema.js';
import { mixedFiles } from './corpus.js';
import { plumbline, project } from './run.js';

interface Json { findings: { file: string; line: number; ruleId: string; fingerprint: string }[]; summary: { filesScanned: number } }

const withoutTimes = (sarif: string): string => sarif.replace(/"(start|end)TimeUtc": "[^"]*"/g, '"$1TimeUtc": "-"');

describe('plumbline scan --shard and merge-sarif', { timeout: 180_000 }, () => {
  it('splits the files into shards that add up to the whole scan, and merges their SARIF into the single run', () => {
    const dir = project(mixedFiles(5));
    const scan = (...args: string[]) => plumbline(['scan', '--jobs', '1', '--no-cache', '-f', 'json', '-f', 'sarif', ...args], dir);
    const whole = scan('-o', 'whole.sarif');
    const shards = [1, 2, 3].map((k) => scan('--shard', `${k}/3`, '-o', `shard-${k}.sarif`));
    const jsons = [whole, ...shards].map((run) => JSON.parse(run.stdout) as Json);
    const [all, ...parts] = jsons as [Json, ...Json[]];
    expect(parts.every((part) => part.findings.length > 0)).toBe(true);
    expect(parts.reduce((sum, part) => sum + part.summary.filesScanned, 0)).toBe(all.summary.filesScanned);
    const shardFiles = parts.map((part) => new Set(part.findings.map((f) => f.file)));
    expect(shardFiles.flatMap((files, i) => [...files].filter((file) => shardFiles.some((other, j) => j !== i && other.has(file))))).toEqual([]);
    const key = (f: Json['findings'][number]): string => `${f.file}:${f.line}:${f.ruleId}:${f.fingerprint}`;
    expect(parts.flatMap((part) => part.findings.map(key)).sort()).toEqual(all.findings.map(key).sort());

    const merge = plumbline(['merge-sarif', 'shard-3.sarif', 'shard-1.sarif', 'shard-2.sarif', '--output', 'out/all.sarif'], dir);
    expect(merge.stderr).toBe('');
    expect(merge.code).toBe(0);
    const merged = readFileSync(join(dir, 'out/all.sarif'), 'utf8');
    expect(sarifErrors(JSON.parse(merged))).toEqual([]);
    expect(withoutTimes(merged)).toBe(withoutTimes(readFileSync(join(dir, 'whole.sarif'), 'utf8')));
  });

  it('rejects a shard outside 1..n', () => {
    for (const shard of ['0/3', '4/3', '1/0', 'a/b', '2']) {
      const run = plumbline(['scan', '--shard', shard], project({ 'a.py': 'x = 1\n' }));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--shard');
    }
  });

  it('exits 2 when a file to merge is not SARIF', () => {
    const dir = project({ 'a.sarif': '{"version":"1.0"}', 'b.sarif': 'not json' });
    for (const file of ['a.sarif', 'b.sarif']) {
      const run = plumbline(['merge-sarif', file], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^plumbline: merge-sarif: .*${file}`));
    }
  });
});
