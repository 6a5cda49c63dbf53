import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  ConfigError, formatGitlab, formatJson, formatSarif, formatStylish, isActive, type Preset, SARIF_UPLOAD_LIMIT_BYTES, sarifUploadSize, type ScanResult,
} from '@plumbline/core';
import { applyBaseline } from '../baseline.js';
import { isFsError } from '../fs-errors.js';
import { type OutputTarget } from '../outputs.js';
import { createProgress } from '../progress.js';
import { absoluteLinks, readRuleDoc } from '../rule-docs.js';
import { scan } from '../scan.js';
import type { Shard } from '../shard.js';

/** Options of `plumbline scan` after parsing. */
export interface ScanCommandOptions {
  readonly config?: string;
  readonly preset?: Preset | 'none';
  readonly maxWarnings: number; // -1 for no limit
  readonly quiet: boolean;
  readonly category?: string;
  readonly sarifIncludeSuppressed: boolean;
  readonly color?: boolean;
  readonly maxFileSize?: number; // megabytes
  readonly outputs: readonly OutputTarget[];
  /** Baseline file to compare with (`--baseline`), and whether to rewrite or prune it. */
  readonly baseline?: string;
  readonly updateBaseline?: boolean;
  readonly pruneBaseline?: boolean;
  /** Overrides the config's reportUnusedSuppressions when given. */
  readonly reportUnusedSuppressions?: boolean;
  readonly jobs?: number | 'auto'; // default 1
  readonly fileTimeout?: number; // seconds, 0 for none
  readonly cache?: boolean;
  readonly cacheLocation?: string;
  readonly changedSince?: string;
  readonly shard?: Shard;
}

/** Where the results cache goes unless --cache-location says otherwise, relative to the repository root. */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/plumbline';

/** Leaves only error-level findings when --quiet is set. */
function visible(result: ScanResult, quiet: boolean): ScanResult {
  return quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result;
}

function render(target: OutputTarget, result: ScanResult, options: ScanCommandOptions, color: boolean): string {
  if (target.format === 'json') return formatJson(result);
  if (target.format === 'gitlab') return formatGitlab(result);
  if (target.format === 'stylish') return formatStylish(result, { color: !target.file && color });
  const help = new Map(result.rules.flatMap((rule) => {
    const doc = readRuleDoc(rule.id);
    return doc ? [[rule.id, absoluteLinks(doc)] as const] : [];
  }));
  const sarif = formatSarif(result, { category: options.category, includeSuppressed: options.sarifIncludeSuppressed, help });
  if (sarifUploadSize(sarif) > SARIF_UPLOAD_LIMIT_BYTES) {
    process.stderr.write('plumbline: warning: the SARIF file is over GitHub\'s 10 MB gzipped upload limit; split the scan with --category runs per folder.\n');
  }
  return sarif;
}

/** Whether stylish output to stdout gets colors: on a terminal, unless NO_COLOR or --no-color. */
export function useColor(flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(process.stdout.isTTY);
}

// A CI job pointed at a path that gives nothing to check must fail, not pass forever.
const NOTHING_SCANNED: ReadonlySet<string> = new Set(['missing-path', 'ignored-path', 'no-files']);

/** The exit code for a finished scan: 1 for active (not suppressed, not baselined) errors or too many warnings, 2 when nothing could be scanned, else 0. */
export function exitCodeOf(result: ScanResult, maxWarnings: number): number {
  const active = result.findings.filter(isActive);
  if (active.some((f) => f.severity === 'error')) return 1;
  const warnings = active.filter((f) => f.severity === 'warning').length;
  if (maxWarnings >= 0 && warnings > maxWarnings) return 1;
  return result.filesScanned === 0 && result.notices.some((n) => NOTHING_SCANNED.has(n.code)) ? 2 : 0;
}

function writeOutput(target: OutputTarget, text: string): void {
  if (!target.file) {
    process.stdout.write(text);
    return;
  }
  const file = resolve(target.file);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Runs `plumbline scan` and returns its exit code. */
export async function runScan(paths: readonly string[], options: ScanCommandOptions): Promise<number> {
  if ((options.updateBaseline || options.pruneBaseline) && !options.baseline) {
    throw new ConfigError(`--${options.updateBaseline ? 'update' : 'prune'}-baseline needs --baseline <file>`);
  }
  const progress = createProgress();
  const scanned = await scan({
    cwd: process.cwd(), paths, configFile: options.config, preset: options.preset,
    maxFileBytes: options.maxFileSize === undefined ? undefined : options.maxFileSize * 1024 * 1024,
    onProgress: progress.update, reportUnusedSuppressions: options.reportUnusedSuppressions,
    jobs: options.jobs, changedSince: options.changedSince, shard: options.shard,
    fileTimeoutMs: options.fileTimeout === undefined ? undefined : options.fileTimeout * 1000,
    cacheDir: !options.cache ? undefined : options.cacheLocation === undefined ? DEFAULT_CACHE_LOCATION : resolve(options.cacheLocation),
  });
  progress.clear();
  if (scanned.cacheWarning) process.stderr.write(`plumbline: warning: ${scanned.cacheWarning}
`);
  const result = options.baseline
    ? applyBaseline(scanned, { file: options.baseline, update: Boolean(options.updateBaseline), prune: Boolean(options.pruneBaseline) }, process.cwd())
    : scanned;
  const shown = visible(result, options.quiet);
  const color = useColor(options.color);
  // one output that cannot be written (a bad path) never keeps the others from being written
  let failed = false;
  for (const target of options.outputs) {
    try {
      writeOutput(target, render(target, shown, options, color));
    } catch (error) {
      if (!isFsError(error)) throw error;
      process.stderr.write(`plumbline: cannot write ${target.format} output to ${target.file ?? 'standard output'} (${error.code}).\n`);
      failed = true;
    }
  }
  if (failed) return 2;
  return exitCodeOf(result, options.maxWarnings);
}
