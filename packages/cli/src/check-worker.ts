// The worker thread of `plumbline scan --jobs N`: engines, parsers and compiled queries stay
// loaded from one batch of files to the next.
import type { FileOutcome } from './check-file.js';
import { checkTasks, type FileTask } from './check-task.js';

/** A batch of files for one worker, and a shared counter of the files it has begun. */
export interface WorkerBatch {
  readonly tasks: readonly FileTask[];
  readonly started: Int32Array; // over a SharedArrayBuffer, read by the main thread's watchdog
}

// PLUMBLINE_TEST_FAULT=crash:<path> or hang:<path> makes a worker die or spin on that file, so
// that tests can show a crash or a timeout stays that file's notice. Unset, it costs one lookup.
function injectFault(task: FileTask): void {
  const fault = process.env.PLUMBLINE_TEST_FAULT;
  if (fault === `crash:${task.relativePath}`) setImmediate(() => { throw new Error('injected crash'); });
  if (fault === `hang:${task.relativePath}`) for (;;) { /* spin until the watchdog ends this thread */ }
}

/** Checks a batch of files; the pool calls it in a worker thread. */
export default async function checkBatch({ tasks, started }: WorkerBatch): Promise<FileOutcome[]> {
  const fault = Boolean(process.env.PLUMBLINE_TEST_FAULT);
  return checkTasks(tasks, (index, task) => {
    Atomics.store(started, 0, index + 1);
    if (fault) injectFault(task);
  });
}
