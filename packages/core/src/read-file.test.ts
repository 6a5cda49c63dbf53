import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile } from './read-file.js';

const dir = mkdtempSync(join(tmpdir(), 'plumbline-read-'));
const kindOf = (path: string, maxBytes = 1024, accept?: (head: Buffer) => boolean): string => {
  const read = readRegularFile(path, { maxBytes, accept });
  return read.kind === 'special' ? `special ${read.what}` : read.kind === 'too-large' ? `too-large ${read.size}` : read.kind;
};

describe('readRegularFile', () => {
  it('reads a regular file whole when it fits, and stops one byte past the limit', () => {
    writeFileSync(join(dir, 'ten.txt'), '0123456789');
    expect(readRegularFile(join(dir, 'ten.txt'), { maxBytes: 10 })).toEqual({ kind: 'read', bytes: Buffer.from('0123456789') });
    expect(kindOf(join(dir, 'ten.txt'), 9)).toBe('too-large 10');
  });

  it('never opens a FIFO or a device, even through a link', () => {
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    symlinkSync('/dev/zero', join(dir, 'zero'));
    expect(kindOf(join(dir, 'pipe'))).toBe('special FIFO (named pipe)');
    expect(kindOf(join(dir, 'zero'))).toBe('special character device');
    expect(kindOf(dir)).toBe('special directory');
  });

  it('bounds a /proc file, whose size says 0, by the limit', () => {
    expect(kindOf('/proc/self/status', 100)).toMatch(/^too-large 101$/);
  });

  it('shows the first 8 KB to `accept` and stops there when it says no', () => {
    writeFileSync(join(dir, 'big.bin'), Buffer.concat([Buffer.from([0]), Buffer.alloc(100_000, 65)]));
    const heads: number[] = [];
    expect(kindOf(join(dir, 'big.bin'), 1_000_000, (head) => (heads.push(head.length), !head.includes(0)))).toBe('refused');
    expect(heads).toEqual([8192]);
  });
});
