import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from './shard.js';

describe('shards', () => {
  it('parses k/n and rejects what is not a shard', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', '-1/2', 'a/b', '2', '1/2/3']) expect(() => parseShard(bad)).toThrow(/1 <= k <= n/);
  });

  it('puts a path in the same shard on every machine: a hash of its characters, pinned here', () => {
    // docs/cli.md: the first 32 bits of the path's SHA-256, big-endian, modulo n, plus one
    expect(shardOf('src/app.py', 7)).toBe((0x04791d82 % 7) + 1);
    // a name written decomposed (as macOS file systems may return it) lands where the composed one does
    expect(shardOf('caf\u0065\u0301.py', 5)).toBe(shardOf('caf\u00e9.py', 5));
  });

  it('gives every path to exactly one of n shards', () => {
    const paths = Array.from({ length: 300 }, (_, i) => `pkg${i % 7}/file_${i}.py`);
    const owners = paths.map((path) => [1, 2, 3].filter((k) => inShard(path, { index: k, count: 3 })));
    expect(owners.every((list) => list.length === 1)).toBe(true);
    const sizes = [1, 2, 3].map((k) => owners.filter(([owner]) => owner === k).length);
    expect(Math.min(...sizes)).toBeGreaterThan(60); // roughly even: 100 each expected
    expect(paths.every((path) => inShard(path, undefined) && inShard(path, { index: 1, count: 1 }))).toBe(true);
  });
});
