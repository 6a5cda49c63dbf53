// One measurement of `pnpm bench`, alone in its process so that its peak memory is its own:
//   node scripts/bench-child.mjs scan <job.json>     plumbline's scan of job.paths from job.cwd, with
//                                                    job.jobs worker threads (job.configFile: only some rules)
//   node scripts/bench-child.mjs parse <job.json>    a bare parse of job.paths (job.language) with the
//                                                    scan's own parser layer (web-tree-sitter, same grammars)
//   node scripts/bench-child.mjs estree <job.json>   a bare typescript-estree parse of job.paths, as
//                                                    ESLint's parser needs it (tokens, comments, locations)
//   node scripts/bench-child.mjs ruff|eslint|bandit <job.json>   a peer (bench-competitors.mjs)
// Per-file jobs run in job.threads worker threads (files dealt round-robin), like the scan's
// --jobs. Prints one JSON line: wall ms of the work (Node start-up excluded, loading the engine or
// the parser included), CPU ms, peak RSS in MB, and counts to check the work against.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { banditRun, eslintFiles, ruffFiles } from './bench-competitors.mjs';

// The scan lets the event loop turn after each file (for its progress line); the bare parse does too.
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function scanJob(job) {
  const { scan } = await import('../packages/cli/dist/index.js');
  // a config file is validated by a schema compiled once per process: compile it before the
  // timing, so rows with and without a config file compare the rules alone
  if (job.configFile) (await import('../packages/core/dist/index.js')).loadConfig({ configFile: job.configFile, cwd: job.cwd });
  return async () => {
    const outcome = await scan({ cwd: job.cwd, paths: job.paths, configFile: job.configFile, jobs: job.jobs ?? 1 });
    return { files: outcome.filesScanned, findings: outcome.findings.length };
  };
}

async function parseFiles(job, paths) {
  const { withTree } = await import('../packages/tree-sitter-checker/dist/index.js');
  let errors = 0;
  for (const path of paths) {
    if (withTree(job.language, readFileSync(path, 'utf8'), (tree) => tree.rootNode.hasError)) errors += 1;
    await nextTurn();
  }
  return { files: paths.length, parseErrors: errors };
}

// typescript-estree as the scan's typescript-eslint resolves it, with what ESLint asks of it.
async function estreeFiles(_job, paths) {
  const fromCli = createRequire(new URL('../packages/cli/package.json', import.meta.url));
  const { parse } = createRequire(fromCli.resolve('typescript-eslint'))('@typescript-eslint/typescript-estree');
  let errors = 0;
  for (const path of paths) {
    const options = { jsx: /\.[jt]sx$/.test(path), loc: true, range: true, tokens: true, comment: true };
    try {
      parse(readFileSync(path, 'utf8'), options);
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      errors += 1; // a syntax error: counted, as the scan reports it
    }
  }
  return { files: paths.length, parseErrors: errors };
}

const PER_FILE = { parse: parseFiles, estree: estreeFiles, ruff: ruffFiles, eslint: eslintFiles };

function sumCounts(all) {
  const sum = {};
  for (const counts of all) {
    for (const [key, value] of Object.entries(counts)) sum[key] = typeof value === 'number' ? (sum[key] ?? 0) + value : value;
  }
  return sum;
}

function inThread(mode, job, paths) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { mode, job, paths } });
    worker.once('message', (counts) => void worker.terminate().then(() => resolve(counts)));
    worker.once('error', reject);
  });
}

function perFileJob(mode, job) {
  const threads = job.threads ?? 1;
  if (threads === 1) return async () => PER_FILE[mode](job, job.paths);
  const chunks = Array.from({ length: threads }, (_, t) => job.paths.filter((_, i) => i % threads === t));
  return async () => sumCounts(await Promise.all(chunks.map((paths) => inThread(mode, job, paths))));
}

async function measure(mode, job) {
  const work = mode === 'scan' ? await scanJob(job) : perFileJob(mode, job);
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const counts = await work();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const peakMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, peakMb, ...counts };
}

if (!isMainThread) {
  parentPort.postMessage(await PER_FILE[workerData.mode](workerData.job, workerData.paths));
} else {
  const [mode, jobFile] = process.argv.slice(2);
  const job = JSON.parse(readFileSync(jobFile, 'utf8'));
  const result = mode === 'bandit' ? banditRun(job, `${jobFile}.files`) : await measure(mode, job);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
