// How many workers fit in the memory a scan may use. Every worker thread holds its own copy of the
// engines it loads, so peak memory grows with the workers, by far the most for ESLint with
// typescript-eslint: `--jobs 16` must not mean sixteen copies of it.
import { availableParallelism } from 'node:os';
import { type Language, maxOf } from '@plumbline/core';

// Peak resident memory (MB) a worker adds, by the heaviest engine it loads, rounded up from scans
// of medusa (TypeScript: 190 to 210 MB a worker at 4 to 5 workers), saleor and temporal (about
// 40 MB a worker at 8 to 16), docs/benchmarks.md.
const WORKER_MB = {
  javascript: 220, typescript: 220, python: 45, go: 45,
  dotenv: 25, yaml: 25, json: 25, toml: 25, ini: 25, properties: 25,
} satisfies Record<Language, number>;

/** Peak memory a scan aims to stay under, main thread (files read ahead, findings) included. */
export const MEMORY_BUDGET_MB = 1000;
const MAIN_THREAD_MB = 250;

// Starting a worker and loading its engines costs about as much as checking tens of files: without
// --jobs, a small scan stays in this thread and a larger one gets a worker per 50 files, up to the cores.
const FILES_PER_AUTO_WORKER = 50;

/** The most workers whose engines for these languages fit in the memory budget (at least 1). */
export function workerCap(languages: Iterable<Language>): number {
  const heaviest = Math.max(1, maxOf([...languages].map((language) => WORKER_MB[language])));
  return Math.max(1, Math.floor((MEMORY_BUDGET_MB - MAIN_THREAD_MB) / heaviest));
}

/** The number of workers for a scan of `files` files in these languages, asked for `jobs` (or `auto`). */
export function jobsFor(jobs: number | 'auto', files: number, languages: Iterable<Language>): number {
  const wanted = jobs === 'auto' ? Math.min(availableParallelism(), Math.floor(files / FILES_PER_AUTO_WORKER)) : jobs;
  return Math.max(1, Math.min(wanted, workerCap(languages)));
}
