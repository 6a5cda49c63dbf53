import { relative, resolve, sep } from 'node:path';
import {
  catalog, classifyFile, type Config, effectiveRules, type EffectiveRule, type FileRole, type Language,
  loadConfig, type LoadedConfig, matchesAny, type Notice, type Preset, roleGlobsOf, type ScanResult, sortFindings,
} from '@plumbline/core';
import { changedFiles } from './changed-files.js';
import { checkFiles } from './check-files.js';
import { DEFAULT_MAX_FILE_BYTES } from './read-source.js';
import { chooseRoot } from './repo-root.js';
import { inShard, type Shard } from './shard.js';
import { walk, type WalkedFile } from './walk.js';

/** What to scan and how. */
export interface ScanOptions {
  readonly cwd: string;
  readonly paths: readonly string[];
  readonly configFile?: string;
  readonly preset?: Preset | 'none';
  readonly maxFileBytes?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Over the config's `reportUnusedSuppressions` (`--[no-]report-unused-suppressions`). */
  readonly reportUnusedSuppressions?: boolean;
  /** Worker threads; 1 (the default) checks in this thread; `auto` picks by core and file count. */
  readonly jobs?: number | 'auto';
  /** Longest a worker may spend on one file before it is reported and skipped; 0 for no limit. */
  readonly fileTimeoutMs?: number;
  /** Folder of the results cache, absolute or relative to the scanned root; no cache without it. */
  readonly cacheDir?: string;
  /** Only files changed since the merge-base of this git ref and HEAD, plus untracked ones. */
  readonly changedSince?: string;
  /** Only the files of this shard. */
  readonly shard?: Shard;
}

/** Default of --file-timeout, in milliseconds. */
export const DEFAULT_FILE_TIMEOUT_MS = 120_000;

/** A finished scan with the configuration it used. */
export interface ScanOutcome extends ScanResult {
  readonly config: LoadedConfig;
  readonly filesSkipped: number;
  /** Repository-relative paths of the files that were read and checked (some with a notice). */
  readonly files: readonly string[];
  /** Why the results cache could not be written, when it could not. */
  readonly cacheWarning?: string;
}

/** The effective configuration: the loaded one with the command line's preset. */
export function withPreset(loaded: LoadedConfig, preset?: Preset | 'none'): Config {
  return preset ? { ...loaded.config, preset } : loaded.config;
}

// Globs are relative to the config file's folder; a file outside that folder (a shared config
// given with --config) is matched by its repository-relative path instead of by `../…`.
function configPath(loaded: LoadedConfig, file: WalkedFile): string {
  const path = relative(loaded.root, file.path).split(sep).join('/');
  return path.startsWith('../') ? file.relativePath : path;
}

function compareNotices(a: Notice, b: Notice): number {
  const key = (n: Notice): string => `${n.file ?? ''}\u0000${String(n.line ?? 0).padStart(9, '0')}\u0000${n.code}\u0000${n.message}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/** Rules for a file: the config's effectiveRules, computed once per distinct set of facts that decide them. */
type RulesFor = (path: string, language: Language, role: FileRole) => readonly EffectiveRule[];

function rulesResolver(config: Config): RulesFor {
  const cache = new Map<string, readonly EffectiveRule[]>();
  const overrides = config.overrides ?? [];
  return (path, language, role) => {
    // effectiveRules reads a path only through which overrides match it
    const matched = overrides.map((o) => matchesAny(path, o.files) && !matchesAny(path, o.excludeFiles ?? []));
    const key = `${language}:${role}:${matched.map(Number).join('')}`;
    let rules = cache.get(key);
    if (!rules) {
      rules = effectiveRules(config, { path, language, role });
      cache.set(key, rules);
    }
    return rules;
  };
}

/** Scans files and directories with every enabled rule; never throws for bad files, only for bad config. */
export async function scan(options: ScanOptions): Promise<ScanOutcome> {
  const startTime = new Date().toISOString();
  const loaded = loadConfig({ configFile: options.configFile, cwd: options.cwd });
  const config = withPreset(loaded, options.preset);
  const paths = options.paths.length > 0 ? options.paths : ['.'];
  const root = chooseRoot(options.cwd, paths);
  const walked = walk({ root, paths: paths.map((p) => resolve(options.cwd, p)), ignorePatterns: config.ignore ?? [], ignoreBase: loaded.root });
  const files = selectFiles(walked.files, root, options);
  const rulesFor = rulesResolver(config);
  const globs = roleGlobsOf(config);
  const merged = await checkFiles(files, root, {
    jobs: options.jobs ?? 1, fileTimeoutMs: options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS, cacheDir: options.cacheDir === undefined ? undefined : resolve(root, options.cacheDir),
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    reportUnusedSuppressions: options.reportUnusedSuppressions ?? config.reportUnusedSuppressions ?? true,
    rulesFor: (file, language, text) => {
      const path = configPath(loaded, file);
      const { role } = classifyFile({ path, language, text }, globs);
      return role === 'generated' ? 'skip' : rulesFor(path, language, role);
    },
    onProgress: options.onProgress,
  });
  const notices = [...walked.notices, ...merged.notices];
  if (walked.files.length === 0 && !notices.some((n) => n.code === 'missing-path' || n.code === 'ignored-path')) {
    notices.push({ level: 'error', code: 'no-files', message: 'No Python, Go, JavaScript or TypeScript files or configuration files to check in the given paths.' });
  }
  return {
    root, config: loaded, findings: sortFindings(merged.findings), notices: notices.sort(compareNotices),
    rules: catalog.filter((rule) => merged.enabled.has(rule.id)), filesScanned: files.length - merged.skipped,
    filesSkipped: merged.skipped, files: merged.files.sort(), startTime, endTime: new Date().toISOString(), cacheWarning: merged.cacheWarning,
  };
}

// --changed-since, then --shard: both narrow the walked files, never widen them.
function selectFiles(files: readonly WalkedFile[], root: string, options: ScanOptions): readonly WalkedFile[] {
  const changed = options.changedSince === undefined ? undefined : changedFiles(root, options.changedSince);
  return files.filter((file) => (!changed || changed.has(file.relativePath)) && inShard(file.relativePath, options.shard));
}
