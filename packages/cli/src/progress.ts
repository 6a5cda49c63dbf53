/** Where progress goes: a writable stream that may be a terminal. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** Reports scan progress on stderr when it is a terminal and the scan takes a while; silent otherwise. */
export function createProgress(stream: ProgressStream = process.stderr, now: () => number = Date.now): { update(done: number, total: number): void; clear(): void } {
  const enabled = Boolean(stream.isTTY) && !process.env.CI;
  const started = now();
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      const time = now();
      // nothing for the first second, then at most ten updates a second
      if (!enabled || time - started < 1000 || (time - last < 100 && done < total)) return;
      last = time;
      shown = true;
      stream.write(`\rplumbline: checked ${done}/${total} files`);
    },
    clear() {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
