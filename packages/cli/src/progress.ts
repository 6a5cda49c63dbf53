/** Reports scan progress on stderr when it is a terminal and the scan takes a while; silent otherwise. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): { update(done: number, total: number): void; clear(): void } {
  const enabled = Boolean(stream.isTTY) && !process.env.CI;
  const started = Date.now();
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      // nothing for the first second, then at most ten updates a second
      if (!enabled || now - started < 1000 || (now - last < 100 && done < total)) return;
      last = now;
      shown = true;
      stream.write(`\rplumbline: checked ${done}/${total} files`);
    },
    clear() {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
