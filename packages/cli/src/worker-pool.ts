// Checking files in worker threads (tinypool), with a watchdog: a file that takes too long or
// brings its worker down becomes that file's notice, and the rest of its batch is checked again.
import type { Notice } from '@plumbline/core';
import Tinypool from 'tinypool';
import type { FileOutcome } from './check-file.js';
import { checkTasks, type FileTask, type TaskResult } from './check-task.js';
import type { WorkerBatch } from './check-worker.js';

/** Checks batches of files, in worker threads or in this one. */
export interface Checker {
  check(tasks: readonly FileTask[]): Promise<TaskResult[]>;
  close(): Promise<void>;
}

const pair = (tasks: readonly FileTask[], outcomes: readonly FileOutcome[]): TaskResult[] => tasks.map((task, i) => ({ task, outcome: outcomes[i]! }));

/** Checks in this thread, one file after the other (`--jobs 1`): no isolation, no timeout. */
export function inProcessChecker(): Checker {
  return { check: async (tasks) => pair(tasks, await checkTasks(tasks)), close: async () => {} };
}

// The built dist/check-worker.js; code run from TypeScript sources (unit tests) uses the build's too.
const WORKER = new URL(import.meta.url.endsWith('.ts') ? '../dist/check-worker.js' : './check-worker.js', import.meta.url);

const RECYCLE_HEAP_BYTES = 256 * 1024 * 1024;

interface Running {
  readonly started: Int32Array;
  readonly controller: AbortController;
  seen: number; // the last value of `started` the watchdog read
  since: number; // when it read it first
  timedOut: boolean;
}

function watch(running: ReadonlySet<Running>, timeoutMs: number): void {
  const now = Date.now();
  for (const entry of running) {
    const started = Atomics.load(entry.started, 0);
    if (started !== entry.seen) [entry.seen, entry.since] = [started, now];
    else if (started > 0 && now - entry.since > timeoutMs && !entry.timedOut) {
      entry.timedOut = true;
      entry.controller.abort();
    }
  }
}

function failed(task: FileTask, notice: Omit<Notice, 'file'>): TaskResult {
  return { task, outcome: { findings: [], notices: [{ ...notice, file: task.relativePath }] } };
}

const timeoutNotice = (ms: number): Omit<Notice, 'file'> => ({
  level: 'warning', code: 'file-timeout', message: `Checking this file took longer than ${ms / 1000} s (--file-timeout); it was not checked.`,
});

function crashNotice(error: unknown): Omit<Notice, 'file'> {
  const reason = error instanceof Error ? error.message : String(error);
  return { level: 'error', code: 'engine-error', message: `The worker thread checking this file stopped (${reason}); the file was not checked.` };
}

/** Checks in up to `jobs` worker threads; `timeoutMs` per file (0: none). Workers start on first use. */
export function poolChecker(jobs: number, timeoutMs: number): Checker {
  // a worker whose heap grew past RECYCLE_HEAP_BYTES (caches of a huge file) is replaced after its batch
  const pool = new Tinypool({ filename: WORKER.href, minThreads: 0, maxThreads: jobs, idleTimeout: 60_000, maxMemoryLimitBeforeRecycle: RECYCLE_HEAP_BYTES });
  const running = new Set<Running>();
  const watchdog = timeoutMs > 0 ? setInterval(() => watch(running, timeoutMs), Math.min(1000, timeoutMs / 4)) : undefined;
  watchdog?.unref();

  async function check(tasks: readonly FileTask[]): Promise<TaskResult[]> {
    const entry: Running = { started: new Int32Array(new SharedArrayBuffer(4)), controller: new AbortController(), seen: 0, since: 0, timedOut: false };
    running.add(entry);
    try {
      const batch: WorkerBatch = { tasks, started: entry.started };
      return pair(tasks, await pool.run(batch, { signal: entry.controller.signal }) as FileOutcome[]);
    } catch (error) {
      return recover(tasks, Atomics.load(entry.started, 0), entry.timedOut ? 'timeout' : error);
    } finally {
      running.delete(entry);
    }
  }

  // The file a worker had begun is the one to blame: a timeout is reported at once, a crash after
  // a second try alone (memory filled by earlier files may have been the cause); the others run again.
  async function recover(tasks: readonly FileTask[], started: number, failure: unknown): Promise<TaskResult[]> {
    const culprit = tasks[started - 1];
    if (!culprit) return tasks.map((task) => failed(task, crashNotice(failure))); // the worker did not start
    const others = tasks.filter((task) => task !== culprit);
    const blamed = failure === 'timeout' ? [failed(culprit, timeoutNotice(timeoutMs))]
      : tasks.length > 1 ? await check([culprit]) : [failed(culprit, crashNotice(failure))];
    return [...blamed, ...(others.length > 0 ? await check(others) : [])];
  }

  return {
    check,
    async close() {
      if (watchdog) clearInterval(watchdog);
      await pool.destroy();
    },
  };
}
