// `scan --baseline FILE`: compare the scan with the findings a team accepted, and keep that file up to date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type BaselineEntry, type BaselineScope, compareWithBaseline, ConfigError, FINGERPRINT_VERSION, formatBaseline, type Notice,
  type NoticeCode, parseBaseline, plural, pruneBaseline, updateBaseline,
} from '@plumbline/core';
import type { ScanOutcome } from './scan.js';

/** What the command line asked of the baseline. */
export interface BaselineOptions {
  readonly file: string;
  /** Rewrite it from this scan (`--update-baseline`). */
  readonly update: boolean;
  /** Drop the entries that no longer match (`--prune-baseline`). */
  readonly prune: boolean;
}

// A file with one of these notices was not (fully) checked: its entries are neither matched nor fixed.
const NOT_CHECKED: ReadonlySet<NoticeCode> = new Set([
  'parse-error', 'too-deeply-nested', 'engine-error', 'binary-file', 'invalid-utf8', 'unreadable-file', 'file-too-large',
]);

/**
 * The files and rules a scan covered, which decide the entries it can call fixed: the files it
 * checked, and files of the baseline that no longer exist (deleted or moved) wherever the scan looked.
 */
export function scopeOf(result: ScanOutcome, entries: readonly BaselineEntry[]): BaselineScope {
  const unchecked = new Set(result.notices.filter((n) => n.file && NOT_CHECKED.has(n.code)).map((n) => n.file));
  const gone = entries.map((entry) => entry.path).filter((path) => !existsSync(join(result.root, path)));
  return { files: new Set([...result.files.filter((file) => !unchecked.has(file)), ...gone]), rules: new Set(result.rules.map((rule) => rule.id)) };
}

function readEntries(path: string, options: BaselineOptions): readonly BaselineEntry[] {
  if (!existsSync(path)) {
    if (options.update) return [];
    throw new ConfigError('baseline file not found; write it with --update-baseline', options.file);
  }
  const baseline = parseBaseline(readFileSync(path, 'utf8'), options.file);
  if (baseline.fingerprintVersion === FINGERPRINT_VERSION) return baseline.entries;
  // entries of another fingerprint version never match; a refresh starts over
  if (options.update) return [];
  throw new ConfigError(`written with ${baseline.fingerprintVersion} fingerprints, this version uses ${FINGERPRINT_VERSION}; rewrite it with --update-baseline`, options.file);
}

function fixedNotice(entry: BaselineEntry, file: string, pruned: boolean): Notice {
  const what = `${plural(entry.count, 'baselined finding')} of ${entry.rule}`;
  const message = pruned ? `${what} no longer found (fixed); dropped from ${file}.`
    : `${what} no longer found (fixed); --prune-baseline drops ${entry.count === 1 ? 'it' : 'them'} from ${file}.`;
  return { level: 'note', code: 'baseline-fixed', message, file: entry.path };
}

function write(path: string, entries: readonly BaselineEntry[], file: string): void {
  writeFileSync(path, formatBaseline(entries));
  const findings = entries.reduce((sum, entry) => sum + entry.count, 0);
  const count = entries.length === 1 ? '1 entry' : `${entries.length} entries`;
  process.stderr.write(`plumbline: wrote ${file}: ${plural(findings, 'finding')} in ${count}.\n`);
}

/** Compares a scan with the baseline file (writing it first with --update-baseline, or pruning it after). */
export function applyBaseline(result: ScanOutcome, options: BaselineOptions, cwd: string): ScanOutcome {
  const path = resolve(cwd, options.file);
  let entries = readEntries(path, options);
  const scope = scopeOf(result, entries);
  if (options.update) {
    entries = updateBaseline(entries, result.findings, scope);
    write(path, entries, options.file);
  }
  const { findings, fixed } = compareWithBaseline(result.findings, entries, scope);
  if (options.prune && !options.update && fixed.length > 0) write(path, pruneBaseline(entries, fixed), options.file);
  const notices = fixed.map((entry) => fixedNotice(entry, options.file, options.prune));
  return { ...result, findings, notices: [...result.notices, ...notices] };
}
