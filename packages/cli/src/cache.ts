// The results cache of `plumbline scan`: per file, what checking it gave (findings with their
// suppressions and fingerprints, notices such as unused suppressions), under a key of everything
// that decides it. One JSON file per scanned root, replaced whole (write, then rename).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EffectiveRule, Language } from '@plumbline/core';
import { isOutcome } from './cache-entry.js';
import type { FileOutcome } from './check-file.js';
import { engineStamp } from './cache-stamp.js';
import { isFsError } from './fs-errors.js';

const FORMAT = 'plumbline-results-cache';
const FORMAT_VERSION = 1;

interface Entry {
  readonly key: string;
  readonly outcome: FileOutcome;
}

/** What a file's result depends on: its text, its path (rules read it: file roles, file names), language and rules. */
export interface KeyParts {
  readonly text: string;
  readonly relativePath: string;
  readonly language: Language;
  readonly rules: readonly EffectiveRule[];
  readonly reportUnusedSuppressions: boolean;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

// Any file that is not a cache this build wrote (corrupt, foreign, older) is read as empty.
function readEntries(file: string, stamp: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError || isFsError(error)) return entries; // no cache yet, or a damaged one
    throw error;
  }
  const head = data as { format?: unknown; version?: unknown; stamp?: unknown; entries?: unknown };
  if (head?.format !== FORMAT || head.version !== FORMAT_VERSION || head.stamp !== stamp) return entries;
  if (typeof head.entries !== 'object' || head.entries === null) return entries;
  for (const [path, entry] of Object.entries(head.entries as Record<string, { key?: unknown; outcome?: unknown }>)) {
    if (typeof entry?.key === 'string' && isOutcome(entry.outcome)) entries.set(path, { key: entry.key, outcome: entry.outcome });
  }
  return entries;
}

/** Cached results of one scanned root, read once and written back at the end of the scan. */
export class ResultCache {
  readonly #file: string;
  readonly #root: string;
  readonly #stamp = engineStamp();
  readonly #entries: Map<string, Entry>;
  readonly #seen = new Set<string>();
  readonly #rulesKeys = new WeakMap<readonly EffectiveRule[], string>();
  #dirty = false;

  /** The cache of `root` in folder `dir`; unreadable or foreign cache files count as empty. */
  constructor(dir: string, root: string) {
    this.#file = join(dir, `results-${sha256(root).slice(0, 16)}.json`);
    this.#root = root;
    this.#entries = readEntries(this.#file, this.#stamp);
  }

  /** The key of a file's result (the cache file holds the engine stamp once for all). */
  keyOf({ text, relativePath, language, rules, reportUnusedSuppressions }: KeyParts): string {
    let rulesKey = this.#rulesKeys.get(rules); // a scan shares a few rule lists among all its files
    if (!rulesKey) this.#rulesKeys.set(rules, (rulesKey = JSON.stringify(rules)));
    const parts = JSON.stringify([relativePath, language, rulesKey, reportUnusedSuppressions]);
    return createHash('sha256').update(parts).update('\0').update(text).digest('hex');
  }

  /** The cached outcome of a file, when its key matches. */
  get(relativePath: string, key: string): FileOutcome | undefined {
    this.#seen.add(relativePath);
    const entry = this.#entries.get(relativePath);
    return entry?.key === key ? entry.outcome : undefined;
  }

  /** Records a file's outcome. */
  set(relativePath: string, key: string, outcome: FileOutcome): void {
    this.#seen.add(relativePath);
    this.#entries.set(relativePath, { key, outcome });
    this.#dirty = true;
  }

  /** Writes the cache when it changed; entries of files no longer there are dropped. Returns a warning instead of throwing. */
  save(): string | undefined {
    for (const path of this.#entries.keys()) {
      if (this.#seen.has(path) || existsSync(join(this.#root, path))) continue;
      this.#entries.delete(path);
      this.#dirty = true;
    }
    if (!this.#dirty) return undefined;
    const temp = `${this.#file}.${process.pid}.tmp`;
    try {
      mkdirSync(join(this.#file, '..'), { recursive: true });
      const entries = Object.fromEntries(this.#entries);
      writeFileSync(temp, JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, stamp: this.#stamp, entries }));
      renameSync(temp, this.#file);
      return undefined;
    } catch (error) {
      if (existsSync(temp)) rmSync(temp, { force: true });
      return `cannot write the results cache ${this.#file} (${(error as Error).message}); the next scan starts from zero`;
    }
  }
}
