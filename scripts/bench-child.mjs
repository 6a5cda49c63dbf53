// One measurement of `pnpm bench`, alone in its process so that its peak memory is its own:
//   node scripts/bench-child.mjs scan <job.json>    plumbline's scan of job.paths, from job.cwd
//                                                   (job.configFile: only some rules)
//   node scripts/bench-child.mjs parse <job.json>   a bare parse of job.paths (job.language) with the scan's
//                                                   own parser layer (web-tree-sitter)
//   node scripts/bench-child.mjs ruff|eslint|bandit <job.json>   a competitor (bench-competitors.mjs)
// Prints one JSON line: wall ms of the work (Node start-up excluded, loading the engine or the
// parser included), CPU ms, peak RSS in MB, and counts to check the work against. CPU ms is the
// steadier figure when other processes share the machine.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { banditRun, eslintJob, ruffJob } from './bench-competitors.mjs';

// The scan lets the event loop turn after each file (for its progress line); the bare parse does too.
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function scanJob(job) {
  const { scan } = await import('../packages/cli/dist/index.js');
  // a config file is validated by a schema compiled once per process (about a second): compile it
  // before the timing, so rows with and without a config file compare the rules alone
  if (job.configFile) (await import('../packages/core/dist/index.js')).loadConfig({ configFile: job.configFile, cwd: job.cwd });
  return async () => {
    const outcome = await scan({ cwd: job.cwd, paths: job.paths, configFile: job.configFile });
    return { files: outcome.filesScanned, findings: outcome.findings.length };
  };
}

async function parseJob(job) {
  return async () => {
    // the scan's own parser layer (web-tree-sitter and the bundled grammars), loaded inside the
    // timing as the scan loads its engine
    const { withTree } = await import('../packages/tree-sitter-checker/dist/index.js');
    let errors = 0;
    for (const path of job.paths) {
      if (withTree(job.language, readFileSync(path, 'utf8'), (tree) => tree.rootNode.hasError)) errors += 1;
      await nextTurn();
    }
    return { files: job.paths.length, parseErrors: errors };
  };
}

const JOBS = { scan: scanJob, parse: parseJob, ruff: ruffJob, eslint: eslintJob };

const [mode, jobFile] = process.argv.slice(2);
const job = JSON.parse(readFileSync(jobFile, 'utf8'));
if (mode === 'bandit') {
  process.stdout.write(`${JSON.stringify(banditRun(job, `${jobFile}.files`))}\n`);
} else {
  const work = await JOBS[mode](job);
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const counts = await work();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const peakMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes
  process.stdout.write(`${JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, peakMb, ...counts })}\n`);
}
