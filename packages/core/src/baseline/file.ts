import { parseJson } from '../config/load.js';
import { ConfigError } from '../config/errors.js';
import { FINGERPRINT_VERSION } from '../fingerprint.js';
import type { RuleId } from '../types.js';

// The baseline file is committed and reviewed: one entry per line, sorted, so a change to it
// reads as a diff of the findings it accepts. It holds no source text, only hashes: a
// baselined secret is not copied into it.

/** Version of the baseline file's shape. */
export const BASELINE_VERSION = 1;

/** Findings accepted by a baseline: how many findings of a rule in a file have this fingerprint. */
export interface BaselineEntry {
  readonly rule: RuleId;
  readonly path: string; // repository-relative, forward slashes
  readonly fingerprint: string;
  readonly count: number;
}

/** The content of a baseline file. */
export interface Baseline {
  /** The fingerprint its entries were computed with, e.g. `plumbline/v2`. */
  readonly fingerprintVersion: string;
  readonly entries: readonly BaselineEntry[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders entries by path, rule, then fingerprint. */
export function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return byText(a.path, b.path) || byText(a.rule, b.rule) || byText(a.fingerprint, b.fingerprint);
}

/** The baseline file text: sorted entries, one per line, trailing newline. */
export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const lines = [...entries].sort(compareEntries).map((entry) => `    ${JSON.stringify({
    rule: entry.rule, path: entry.path, fingerprint: entry.fingerprint, count: entry.count,
  })}`);
  const findings = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`;
  return `{\n  "version": ${BASELINE_VERSION},\n  "tool": "plumbline",\n  "fingerprint": "${FINGERPRINT_VERSION}",\n  "findings": ${findings}\n}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function toEntry(value: unknown, index: number, file: string): BaselineEntry {
  const where = `findings[${index}]`;
  if (!isObject(value)) throw new ConfigError('expected an object', file, where);
  for (const key of ['rule', 'path', 'fingerprint'] as const) {
    if (typeof value[key] !== 'string' || value[key] === '') throw new ConfigError('expected a non-empty string', file, `${where}.${key}`);
  }
  const count = value.count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw new ConfigError('expected a whole number of at least 1', file, `${where}.count`);
  return { rule: value.rule as string, path: value.path as string, fingerprint: value.fingerprint as string, count };
}

/** Parses and checks a baseline file; every problem becomes a ConfigError naming the file. */
export function parseBaseline(text: string, file: string): Baseline {
  const data = parseJson(text, file);
  if (!isObject(data)) throw new ConfigError('a baseline is a JSON object', file);
  if (data.version !== BASELINE_VERSION) throw new ConfigError(`unsupported baseline version ${JSON.stringify(data.version)}; expected ${BASELINE_VERSION}`, file, 'version');
  if (typeof data.fingerprint !== 'string') throw new ConfigError('expected the fingerprint version, e.g. "plumbline/v2"', file, 'fingerprint');
  if (!Array.isArray(data.findings)) throw new ConfigError('expected an array', file, 'findings');
  return { fingerprintVersion: data.fingerprint, entries: data.findings.map((value, index) => toEntry(value, index, file)) };
}
