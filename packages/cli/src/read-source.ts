import {
  isMinified, type Language, LANGUAGE_NAMES, languageOf, type Notice, readRegularFile, roleFromContent, specialFileMessage,
} from '@plumbline/core';
import { measureScript, TOKENS_PER_LIMIT_MB } from './engines/script-shape.js';
import { isFsError } from './fs-errors.js';

// Like Semgrep's, a default that keeps one huge generated JS file from taking seconds and
// gigabytes (typescript-estree needs about 9 s and 2 GB for 5 MB of JS).
/** Files larger than this are skipped with a notice unless --max-file-size says otherwise. */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A file's text, or why it is not scanned: a notice, or `skip` for generated and minified code. */
export type ReadOutcome = { text: string } | { notice: Omit<Notice, 'file'> } | { skip: 'generated' | 'minified' };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

type Refusal = { notice: Omit<Notice, 'file'> };
const warning = (code: Notice['code'], message: string): Refusal => ({ notice: { level: 'warning', code, message } });
const megabytes = (bytes: number): string => (bytes / 1048576).toFixed(1);

function readBytes(path: string, maxBytes: number): Buffer | Refusal {
  try {
    // a NUL byte in the first 8 KB ends the read: a binary file is never read whole
    const read = readRegularFile(path, { maxBytes, accept: (head) => !head.includes(0) });
    if (read.kind === 'read') return read.bytes;
    if (read.kind === 'special') return warning('special-file', specialFileMessage(read.what));
    if (read.kind === 'refused') return warning('binary-file', 'File holds binary data (a NUL byte); skipped.');
    return warning('file-too-large', `File is ${megabytes(read.size)} MB, over the ${megabytes(maxBytes)} MB limit (--max-file-size); skipped.`);
  } catch (error) {
    if (!isFsError(error)) throw error;
    return warning('unreadable-file', `Cannot read file (${error.code ?? 'error'}); skipped.`);
  }
}

/** Reads a source file as UTF-8 text, refusing binary data, invalid UTF-8, special and oversized files. */
export function readSource(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadOutcome {
  const bytes = readBytes(path, maxBytes);
  if (!Buffer.isBuffer(bytes)) return bytes;
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error; // what a fatal TextDecoder throws on bad bytes
    return warning('invalid-utf8', `File is not valid UTF-8 (first bad byte near offset ${firstInvalidOffset(bytes)}); skipped.`);
  }
  if (isMinified(path, text)) return { skip: 'minified' };
  // a generated-code header (core's role signals decide what counts)
  const language = languageOf(path);
  if (language && roleFromContent(path, language, text, true)) return { skip: 'generated' };
  return (language && tooManyTokens(language, text, maxBytes)) || { text };
}

// A source file's memory is its tokens' (see TOKENS_PER_LIMIT_MB), not its bytes': a budget that
// grows with --max-file-size, counted before anything is parsed.
function tooManyTokens(language: Language, text: string, maxBytes: number): Refusal | undefined {
  const perMb = TOKENS_PER_LIMIT_MB[language];
  if (perMb === undefined) return undefined;
  const budget = Math.floor((maxBytes / 1048576) * perMb);
  const { tokens } = measureScript(text);
  if (tokens <= budget) return undefined;
  const count = (n: number): string => n.toLocaleString('en-US');
  return warning('file-too-large', `File has about ${count(tokens)} tokens, over the ${count(budget)} that the ${megabytes(maxBytes)} MB limit (--max-file-size) allows a ${LANGUAGE_NAMES[language]} file; skipped.`);
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
