// Running `pnpm bench`'s children and printing its table (see bench.mjs).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CHILD = new URL('./bench-child.mjs', import.meta.url).pathname;
let jobCount = 0;

/** Runs one child measurement in its own process (bench-child.mjs) and returns its JSON line. */
export function runChild(dir, { mode, job }) {
  const file = join(dir, `job-${(jobCount += 1)}-${mode}.json`);
  writeFileSync(file, JSON.stringify(job));
  const out = execFileSync(process.execPath, [CHILD, mode, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').at(-1));
}

/**
 * Runs the children in turn, `runs` rounds, so that a slow spell of the machine hits them alike;
 * keeps each one's fastest wall and CPU time and highest peak.
 */
export function measure(dir, children, runs) {
  const results = children.map(() => []);
  for (let round = 0; round < runs; round += 1) children.forEach((child, i) => results[i].push(runChild(dir, child)));
  const fastest = (all, key) => Math.min(...all.map((r) => r[key] ?? NaN));
  return results.map((all) => ({ ...all[0], ms: fastest(all, 'ms'), cpuMs: fastest(all, 'cpuMs'), peakMb: Math.max(...all.map((r) => r.peakMb)) }));
}

const HEADER = ['language', 'what', 'thr', 'files', 'lines', 'wall s', 'cpu s', 'lines/s', 'peak MB', 'x floor', 'x scan'];
const WIDTHS = [10, 26, 3, 6, 9, 7, 7, 8, 7, 7, 7];
const row = (cells) => cells.map((cell, i) => (i < 2 ? String(cell).padEnd(WIDTHS[i]) : String(cell).padStart(WIDTHS[i]))).join(' ');
const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

/** Prints the table's header. */
export function printHeader() {
  console.log(row(HEADER));
}

/** Prints one row; `floor` and `scan` (measured at the same thread count) give the ratio columns. */
export function printRow(group, what, threads, result, { floor, scan } = {}) {
  console.log(row([group.language, what, threads, group.files, group.lines, fixed(result.ms / 1000, 2), fixed(result.cpuMs / 1000, 2),
    fixed((group.lines * 1000) / result.ms), fixed(result.peakMb), floor ? fixed(result.ms / floor.ms, 2) : '-',
    scan ? fixed(result.ms / scan.ms, 2) : '-']));
}

/** Prints the scaling of whole-repository scans over thread counts: wall time against one thread. */
export function printSweep(results) {
  const [first] = results;
  console.log('\njobs sweep, whole repository (speed-up = wall time at 1 job / wall time at N):');
  for (const { jobs, result } of results) {
    console.log(`  --jobs ${String(jobs).padStart(2)}  wall ${fixed(result.ms / 1000, 2).padStart(7)} s  cpu ${fixed(result.cpuMs / 1000, 2).padStart(7)} s`
      + `  peak ${fixed(result.peakMb).padStart(5)} MB  speed-up ${fixed(first.result.ms / result.ms, 2)}x  findings ${result.findings}`);
  }
}
