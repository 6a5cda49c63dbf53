// V8 collects garbage when the heap reaches a limit it raised while a large file was live: the
// next large file then piles its memory on the last one's garbage (1.2 GB for three files that
// each peak under 750 MB alone). After a large file, the scan collects at once.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Files at least this long (UTF-16 code units) are followed by a full garbage collection. */
export const COLLECT_AFTER_CHARS = 256 * 1024;

let collect: (() => void) | undefined;

/** Runs a full garbage collection (as jest-leak-detector does: V8's own gc, exposed for this call). */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
