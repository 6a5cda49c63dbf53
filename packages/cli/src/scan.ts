import { relative, resolve, sep } from 'node:path';
import {
  catalog, classifyFile, type Config, effectiveRules, type EffectiveRule, type FileRole, type Finding, isConfigLanguage, type Language,
  languageOf, loadConfig, type LoadedConfig, matchesAny, type Notice, type Preset, roleGlobsOf, type ScanResult, sortFindings,
} from '@plumbline/core';
import { checkFile } from './check-file.js';
import { DEFAULT_MAX_FILE_BYTES, readSource } from './read-source.js';
import { chooseRoot } from './repo-root.js';
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
}

/** A finished scan with the configuration it used. */
export interface ScanOutcome extends ScanResult {
  readonly config: LoadedConfig;
  readonly filesSkipped: number;
  /** Repository-relative paths of the files that were read and checked (some with a notice). */
  readonly files: readonly string[];
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

// A turn of the event loop after each file lets the progress line and signals through during a
// long scan (syntax trees are freed by the engine itself, see tree-sitter-checker's parser.ts).
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

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
  const findings: Finding[] = [];
  const notices: Notice[] = [...walked.notices];
  const enabled = new Set<string>();
  const files: string[] = [];
  const context: ScanContext = { config, loaded, options, rulesFor: rulesResolver(config) };
  let skipped = 0;
  for (const [index, file] of walked.files.entries()) {
    const outcome = await scanOne(file, context);
    if (outcome === 'skipped') skipped += 1;
    else {
      files.push(file.relativePath);
      findings.push(...outcome.findings);
      notices.push(...outcome.notices);
      outcome.rules.forEach((id) => enabled.add(id));
    }
    options.onProgress?.(index + 1, walked.files.length);
    await nextTurn();
  }
  if (walked.files.length === 0 && !notices.some((n) => n.code === 'missing-path' || n.code === 'ignored-path')) {
    notices.push({ level: 'error', code: 'no-files', message: 'No Python, Go, JavaScript or TypeScript files or configuration files to check in the given paths.' });
  }
  return {
    root, config: loaded, findings: sortFindings(findings), notices: notices.sort(compareNotices),
    rules: catalog.filter((rule) => enabled.has(rule.id)), filesScanned: walked.files.length - skipped,
    filesSkipped: skipped, files, startTime, endTime: new Date().toISOString(),
  };
}

type OneOutcome = 'skipped' | { findings: readonly Finding[]; notices: readonly Notice[]; rules: readonly string[] };

interface ScanContext {
  readonly config: Config;
  readonly loaded: LoadedConfig;
  readonly options: ScanOptions;
  readonly rulesFor: RulesFor;
}

async function scanOne(file: WalkedFile, { config, loaded, options, rulesFor }: ScanContext): Promise<OneOutcome> {
  const language = languageOf(file.path);
  if (!language) return 'skipped';
  const path = configPath(loaded, file);
  const globs = roleGlobsOf(config);
  const byPath = classifyFile({ path, language }, globs).role;
  if (byPath === 'generated') return 'skipped';
  // config files are many (package.json, CI YAML) and few rules read them: none enabled, not read
  if (rulesFor(path, language, byPath).length === 0 && isConfigLanguage(language)) return 'skipped';
  const read = readSource(file.path, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if ('skip' in read) return 'skipped';
  if ('notice' in read) return { findings: [], notices: [{ ...read.notice, file: file.relativePath }], rules: [] };
  const role = classifyFile({ path, language, text: read.text }, globs).role;
  if (role === 'generated') return 'skipped';
  const rules = rulesFor(path, language, role);
  const source = { path: file.path, relativePath: file.relativePath, text: read.text, language };
  const reportUnusedSuppressions = options.reportUnusedSuppressions ?? config.reportUnusedSuppressions ?? true;
  const outcome = await checkFile(source, rules, { reportUnusedSuppressions });
  return { ...outcome, rules: rules.map((rule) => rule.id) };
}
