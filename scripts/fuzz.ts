// `pnpm fuzz [--files N] [--seed S] [--heavy H] [--dir D]`: writes a corpus of N bad files
// (test/support/fuzz), scans it twice with every output, then scans each heavy file alone, and
// prints the figures: crashes, hangs, internal errors, determinism, peak memory. Exits 1 on any
// broken promise. Figures only, no timing is judged.
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkRun } from '../test/support/fuzz/check.js';
import { writeCorpus } from '../test/support/fuzz/corpus.js';
import type { FuzzFile } from '../test/support/fuzz/kinds.js';
import { type MeasuredRun, scanCorpus } from '../test/support/fuzz/run.js';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '10000' }, seed: { type: 'string', default: '22' }, heavy: { type: 'string', default: '2' }, dir: { type: 'string', default: '.fuzz' } },
});
const TIMEOUT = 30 * 60 * 1000; // a hang, not a slow run: far past any figure seen
const mb = (value: number): string => `${Math.round(value)} MB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function count<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, n]) => `${name} ${n}`).join(', ');
}

function crashed(run: MeasuredRun): boolean {
  return !run.timedOut && run.code !== 0 && run.code !== 1;
}

// Each heavy file alone: the peak memory one file can cause.
function heavyAlone(root: string, files: readonly FuzzFile[]): { file: string; run: MeasuredRun }[] {
  const seen = new Set<string>();
  return files.filter((file) => file.heavy && !seen.has(file.kind) && seen.add(file.kind))
    .map((file) => ({ file: file.path, run: scanCorpus(root, TIMEOUT, [file.path]) }));
}

function main(): number {
  const root = resolve(values.dir, `corpus-${values.seed}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const files = writeCorpus(root, { seed: Number(values.seed), files: Number(values.files), heavyPerThousand: Number(values.heavy) });
  console.log(`corpus: ${files.length} files in ${root} (seed ${values.seed})\n  ${count(files, (file) => file.kind)}`);
  const first = scanCorpus(root, TIMEOUT);
  const second = scanCorpus(root, TIMEOUT);
  const problems = checkRun(files, first, second.json);
  const alone = heavyAlone(root, files);
  const runs = [first, second, ...alone.map((each) => each.run)];
  const notices = first.json ? (JSON.parse(first.json) as { notices: { code: string }[]; findings: unknown[] }) : { notices: [], findings: [] };
  console.log(`scan: exit ${String(first.code)}, ${seconds(first.ms)}, peak ${mb(first.peakMb)}; again: exit ${String(second.code)}, ${seconds(second.ms)}, peak ${mb(second.peakMb)}`);
  console.log(`  ${notices.findings.length} findings; notices: ${count(notices.notices, (n) => n.code)}`);
  for (const { file, run } of alone) console.log(`alone: ${JSON.stringify(file)}: exit ${String(run.code)}, ${seconds(run.ms)}, peak ${mb(run.peakMb)}`);
  console.log([
    `crashes: ${runs.filter(crashed).length}`, `hangs: ${runs.filter((run) => run.timedOut).length}`,
    `internal errors: ${problems.filter((p) => /internal error|engine-error/.test(p)).length}`,
    `deterministic: ${first.json === second.json ? 'yes' : 'no'}`,
    `peak RSS: whole corpus ${mb(Math.max(first.peakMb, second.peakMb))}, one file ${mb(Math.max(0, ...alone.map((each) => each.run.peakMb)))}`,
  ].join('\n'));
  for (const problem of problems) console.log(`problem: ${problem}`);
  return problems.length > 0 || runs.some((run) => crashed(run) || run.timedOut) ? 1 : 0;
}

process.exitCode = main();
