// Runs the built CLI over a fuzz corpus the way CI would, each run in its own process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FuzzRun } from './check.js';

const CHILD = new URL('../../../scripts/fuzz-child.mjs', import.meta.url).pathname;

/** A run and what it cost: wall time and the process's peak memory. */
export interface MeasuredRun extends FuzzRun {
  readonly ms: number;
  readonly peakMb: number;
  readonly timedOut: boolean;
}

const readIfAny = (path: string): string => (existsSync(path) ? readFileSync(path, 'utf8') : '');

/** `plumbline scan` of `paths` (default `.`) in `root`: JSON and SARIF to files outside it, stylish to standard output. */
export function scanCorpus(root: string, timeoutMs: number, paths: readonly string[] = ['.']): MeasuredRun {
  const out = mkdtempSync(join(tmpdir(), 'plumbline-fuzz-out-'));
  const [json, sarif, peak] = ['report.json', 'report.sarif', 'peak'].map((name) => join(out, name));
  // no results cache: the second run must check every file again, not read the first one's results
  const args = ['scan', '--no-cache', '--format', 'json', '--output', json!, '--format', 'sarif', '--output', sarif!, '--format', 'stylish', '--', ...paths];
  const env = { ...process.env, NO_COLOR: '1', CI: 'true', PLUMBLINE_FUZZ_PEAK: peak };
  const start = performance.now();
  const result = spawnSync(process.execPath, [CHILD, ...args], { cwd: root, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1024 ** 3 });
  return {
    code: result.status, stderr: result.stderr ?? '', stylish: result.stdout ?? '', json: readIfAny(json!), sarif: readIfAny(sarif!),
    ms: performance.now() - start, peakMb: Number(readIfAny(peak!) || 0), timedOut: result.error?.message.includes('ETIMEDOUT') ?? false,
  };
}
