import { createHash } from 'node:crypto';

/** One of `count` parts of a scan, `--shard index/count`, index from 1 to count. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Parses `k/n` (1 ≤ k ≤ n), or throws an Error saying what is wrong. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(index >= 1 && count >= 1 && index <= count)) throw new Error(`expected k/n with 1 <= k <= n, such as 1/3; got "${text}"`);
  return { index, count };
}

/**
 * The shard (1-based) of a repository-relative path among `count`: a hash of the path's
 * characters (forward slashes, Unicode NFC), so a file lands in the same shard on every
 * machine and operating system, whatever else is in the repository or in which order it is read.
 */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash('sha256').update(relativePath.normalize('NFC'), 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** Whether a repository-relative path belongs to the shard; every path belongs to `1/1`. */
export function inShard(relativePath: string, shard: Shard | undefined): boolean {
  return !shard || shard.count === 1 || shardOf(relativePath, shard.count) === shard.index;
}
