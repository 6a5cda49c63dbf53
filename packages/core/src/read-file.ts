// Reading files from an unvetted tree: only regular files, never more than a limit, whatever
// `stat` says. A FIFO blocks its reader forever, `/dev/zero` never ends, a `/proc` file says
// size 0 and is not, and a sparse file may claim a gigabyte of zeros.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';

/** A file's kind in words when it is not a regular file or a directory (`FIFO (named pipe)`), else undefined. */
export function specialKind(stat: Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string | undefined {
  if (stat.isFIFO()) return 'FIFO (named pipe)';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice()) return 'character device';
  return stat.isBlockDevice() ? 'block device' : undefined;
}

/** What reading a file gave: its bytes, or why there are none. */
export type FileRead =
  | { readonly kind: 'read'; readonly bytes: Buffer }
  | { readonly kind: 'special'; readonly what: string } // not a regular file
  | { readonly kind: 'too-large'; readonly size: number } // size seen so far, over the limit
  | { readonly kind: 'refused' }; // `accept` said no to the first bytes

/** How to read: a limit, and optionally a look at the first bytes before reading the rest. */
export interface ReadLimits {
  readonly maxBytes: number;
  /** Sees the first HEAD_BYTES (or fewer); false stops the read (a NUL byte in a source file). */
  readonly accept?: (head: Buffer) => boolean;
}

/** Bytes read first and shown to `accept`. */
export const HEAD_BYTES = 8192;

const notRegular = (stat: Stats): FileRead | undefined => (stat.isFile() ? undefined : { kind: 'special', what: specialKind(stat) ?? 'directory' });

// Reads into buffer[from, to) until it is full or the file ends; returns how far it got.
function readUpTo(fd: number, buffer: Buffer, from: number, to: number): number {
  let filled = from;
  for (let got = -1; got !== 0 && filled < to; filled += got) got = readSync(fd, buffer, filled, to - filled, null);
  return filled;
}

function readOpen(fd: number, size: number, limits: ReadLimits): FileRead {
  // one byte more than the limit tells a file that grew (or a /proc file of "size 0") from one that fits
  const cap = limits.maxBytes + 1;
  let buffer = Buffer.allocUnsafe(Math.min(cap, Math.max(size + 1, HEAD_BYTES)));
  const head = Math.min(HEAD_BYTES, buffer.length);
  let filled = readUpTo(fd, buffer, 0, head);
  if (limits.accept && !limits.accept(buffer.subarray(0, filled))) return { kind: 'refused' };
  for (let ended = filled < head; !ended && filled < cap;) {
    if (filled === buffer.length) buffer = Buffer.concat([buffer], Math.min(cap, buffer.length * 2));
    const end = readUpTo(fd, buffer, filled, buffer.length);
    ended = end < buffer.length;
    filled = end;
  }
  return filled > limits.maxBytes ? { kind: 'too-large', size: Math.max(filled, size) } : { kind: 'read', bytes: buffer.subarray(0, filled) };
}

/** Reads a regular file; file-system errors (ENOENT, EACCES) are thrown as they are. */
export function readRegularFile(path: string, limits: ReadLimits): FileRead {
  const before = notRegular(statSync(path));
  if (before) return before;
  // O_NONBLOCK: a FIFO swapped in after the stat must not block the open
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const stat = fstatSync(fd);
    const special = notRegular(stat);
    if (special) return special;
    return stat.size > limits.maxBytes ? { kind: 'too-large', size: stat.size } : readOpen(fd, stat.size, limits);
  } finally {
    closeSync(fd);
  }
}

/** The notice message for a path that is not a regular file (`special-file`). */
export function specialFileMessage(what: string): string {
  return `Is a ${what}, not a regular file; skipped.`;
}
