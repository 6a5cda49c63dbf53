// The per-file part of a scan: read each file, answer from the cache when its key matches, and
// deal the rest to the checker (worker threads, or this thread for --jobs 1); merge what comes back.
import { type EffectiveRule, type Finding, isConfigLanguage, type Language, languageOf, type Notice } from '@plumbline/core';
import { ResultCache } from './cache.js';
import type { FileOutcome } from './check-file.js';
import type { FileTask, TaskResult } from './check-task.js';
import { Dispatcher } from './dispatch.js';
import { readSource } from './read-source.js';
import type { WalkedFile } from './walk.js';
import { jobsFor } from './worker-budget.js';
import { type Checker, inProcessChecker, poolChecker } from './worker-pool.js';

/** How the files of a scan are checked. */
export interface CheckFilesOptions {
  readonly jobs: number | 'auto';
  readonly fileTimeoutMs: number; // 0: none
  readonly cacheDir?: string; // no cache without it
  readonly maxFileBytes: number;
  readonly reportUnusedSuppressions: boolean;
  /** The rules for a file by its role (from its path, then from its text once read), or `skip` for generated code. */
  readonly rulesFor: (file: WalkedFile, language: Language, text?: string) => readonly EffectiveRule[] | 'skip';
  readonly onProgress?: (done: number, total: number) => void;
}

/** Everything the files gave, merged in no particular order (the scan sorts). */
export interface Merged {
  readonly findings: Finding[];
  readonly notices: Notice[];
  readonly enabled: Set<string>;
  readonly files: string[]; // read and checked, some with a notice
  skipped: number;
  cacheWarning?: string;
}

function add(merged: Merged, file: string, outcome: FileOutcome, rules: readonly EffectiveRule[]): void {
  merged.files.push(file);
  for (const finding of outcome.findings) merged.findings.push(finding);
  for (const notice of outcome.notices) merged.notices.push(notice);
  for (const rule of rules) merged.enabled.add(rule.id);
}

// Workers start when the first file misses the cache: a warm re-scan starts none.
function lazyChecker(jobs: number, options: CheckFilesOptions): Checker {
  let checker: Checker | undefined;
  const make = (): Checker => jobs > 1 ? poolChecker(jobs, options.fileTimeoutMs) : inProcessChecker();
  return { check: (tasks) => (checker ??= make()).check(tasks), close: async () => checker?.close() };
}

/** Per worker, about four batches over the scan, of at most 16 files: enough to balance, few enough to keep workers warm. */
function batchSize(files: number, jobs: number): number {
  return jobs === 1 ? 1 : Math.max(1, Math.min(16, Math.ceil(files / (jobs * 4))));
}

/** Checks the walked files; never throws for a bad file. */
export async function checkFiles(files: readonly WalkedFile[], root: string, options: CheckFilesOptions): Promise<Merged> {
  const merged: Merged = { findings: [], notices: [], enabled: new Set(), files: [], skipped: 0 };
  const cache = options.cacheDir ? new ResultCache(options.cacheDir, root) : undefined;
  const keys = new Map<FileTask, string>();
  let done = 0;
  const progress = (): void => options.onProgress?.((done += 1), files.length);
  const languages = new Set(files.flatMap((file) => languageOf(file.path) ?? []));
  const jobs = jobsFor(options.jobs, files.length, languages);
  const checker = lazyChecker(jobs, options);
  const dispatcher = new Dispatcher(checker, batchSize(files.length, jobs), jobs * 2, ({ task, outcome }: TaskResult) => {
    const key = keys.get(task);
    keys.delete(task);
    if (cache && key) cache.set(task.relativePath, key, outcome);
    add(merged, task.relativePath, outcome, task.rules);
    progress();
  });
  // each file: settled here, answered by the cache, or queued for the checker
  const route = async (file: WalkedFile): Promise<void> => {
    const task = prepare(file, options, merged);
    const key = task && cache?.keyOf(task);
    const hit = task && key !== undefined ? cache?.get(task.relativePath, key) : undefined;
    if (!task || hit) {
      if (task && hit) add(merged, task.relativePath, hit, task.rules);
      progress();
      return;
    }
    if (key) keys.set(task, key);
    await dispatcher.add(task);
  };
  try {
    for (const file of files) await route(file);
    await dispatcher.finish();
  } finally {
    await checker.close();
  }
  merged.cacheWarning = cache?.save();
  return merged;
}

// A file that needs checking as a task; undefined when it was settled here (skipped, unreadable, no rules).
function prepare(file: WalkedFile, options: CheckFilesOptions, merged: Merged): FileTask | undefined {
  const language = languageOf(file.path);
  const byPath = language ? options.rulesFor(file, language) : 'skip';
  // config files are many (package.json, CI YAML) and few rules read them: none enabled, not read
  if (!language || byPath === 'skip' || (byPath.length === 0 && isConfigLanguage(language))) {
    merged.skipped += 1;
    return undefined;
  }
  const read = readSource(file.path, options.maxFileBytes);
  if ('notice' in read) {
    add(merged, file.relativePath, { findings: [], notices: [{ ...read.notice, file: file.relativePath }] }, []);
    return undefined;
  }
  const rules = 'text' in read ? options.rulesFor(file, language, read.text) : 'skip';
  if (!('text' in read) || rules === 'skip') merged.skipped += 1;
  else if (rules.length === 0) add(merged, file.relativePath, { findings: [], notices: [] }, rules);
  else return { path: file.path, relativePath: file.relativePath, language, text: read.text, rules, reportUnusedSuppressions: options.reportUnusedSuppressions };
  return undefined;
}
