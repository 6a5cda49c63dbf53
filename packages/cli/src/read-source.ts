import { readFileSync, statSync } from 'node:fs';
import { isMinified, languageOf, type Notice, roleFromContent } from '@plumbline/core';
import { isFsError } from './fs-errors.js';

// Like Semgrep's, a default that keeps one huge generated JS file from taking seconds and
// gigabytes (typescript-estree needs about 9 s and 2 GB for 5 MB of JS).
/** Files larger than this are skipped with a notice unless --max-file-size says otherwise. */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A file's text, or why it is not scanned: a notice, or `skip` for generated and minified code. */
export type ReadOutcome = { text: string } | { notice: Omit<Notice, 'file'> } | { skip: 'generated' | 'minified' };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });


function readBytes(path: string, maxBytes: number): Buffer | { notice: Omit<Notice, 'file'> } {
  try {
    const size = statSync(path).size;
    if (size > maxBytes) {
      return { notice: { level: 'warning', code: 'file-too-large', message: `File is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit (--max-file-size); skipped.` } };
    }
    return readFileSync(path);
  } catch (error) {
    if (!isFsError(error)) throw error;
    const code = error.code ?? 'error';
    return { notice: { level: 'warning', code: 'unreadable-file', message: `Cannot read file (${code}); skipped.` } };
  }
}

/** Reads a source file as UTF-8 text, refusing binary data, invalid UTF-8 and oversized files. */
export function readSource(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadOutcome {
  const bytes = readBytes(path, maxBytes);
  if (!Buffer.isBuffer(bytes)) return bytes;
  if (bytes.subarray(0, 8192).includes(0)) {
    return { notice: { level: 'warning', code: 'binary-file', message: 'File holds binary data (a NUL byte); skipped.' } };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error; // what a fatal TextDecoder throws on bad bytes
    return { notice: { level: 'warning', code: 'invalid-utf8', message: `File is not valid UTF-8 (first bad byte near offset ${firstInvalidOffset(bytes)}); skipped.` } };
  }
  if (isMinified(path, text)) return { skip: 'minified' };
  // a generated-code header (core's role signals decide what counts)
  const language = languageOf(path);
  if (language && roleFromContent(path, language, text, true)) return { skip: 'generated' };
  return { text };
}

function firstInvalidOffset(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // the shortest prefix that fails to decode ends at the bad byte
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      high = mid;
    }
  }
  return low;
}
