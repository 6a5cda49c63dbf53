import type { FileTask, TaskResult } from './check-task.js';
import type { Checker } from './worker-pool.js';

// A batch closes at this much text even when it has fewer files: one worker should not sit on
// a few huge files while the others run dry.
const BATCH_CHARS = 1 << 20;

/** Deals files to a checker in batches, with at most `limit` batches in flight; results stream to `onResult`. */
export class Dispatcher {
  #batch: FileTask[] = [];
  #chars = 0;
  readonly #inFlight = new Set<Promise<void>>();

  constructor(
    private readonly checker: Checker,
    private readonly batchFiles: number,
    private readonly limit: number,
    private readonly onResult: (result: TaskResult) => void,
  ) {}

  /** Queues a file; waits while `limit` batches are in flight, so memory stays bounded. */
  async add(task: FileTask): Promise<void> {
    this.#batch.push(task);
    this.#chars += task.text.length;
    if (this.#batch.length >= this.batchFiles || this.#chars >= BATCH_CHARS) await this.#flush();
  }

  /** Sends what is queued and waits for every batch. */
  async finish(): Promise<void> {
    await this.#flush();
    await Promise.all(this.#inFlight);
  }

  async #flush(): Promise<void> {
    if (this.#batch.length === 0) return;
    const tasks = this.#batch;
    [this.#batch, this.#chars] = [[], 0];
    const done: Promise<void> = this.checker.check(tasks)
      .then((results) => results.forEach(this.onResult))
      .finally(() => this.#inFlight.delete(done));
    this.#inFlight.add(done);
    while (this.#inFlight.size >= this.limit) await Promise.race(this.#inFlight);
  }
}
