import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { readRegularFile } from '@plumbline/core';
import ignore, { type Ignore } from 'ignore';
import { isFsError } from './fs-errors.js';

/** Directory names never scanned: dependencies, VCS data, virtualenvs, caches and build output. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules', 'bower_components', 'jspm_packages', 'vendor', 'third_party',
  '.git', '.hg', '.svn', '.venv', 'venv', '.tox', '.nox', '__pycache__', '.mypy_cache', '.pytest_cache',
  '.ruff_cache', 'site-packages', 'dist', 'build', 'out', 'target', 'coverage', '.next', '.nuxt',
  '.svelte-kit', '.turbo', '.cache', '.terraform', '.gradle', '.idea', '.vscode',
]);

/** Ignore files honored in every directory, in gitignore syntax. */
export const IGNORE_FILES = ['.gitignore', '.plumblineignore'] as const;

/** Gitignore rules that apply below one directory, and where they were written. */
interface Scope {
  readonly dir: string;
  readonly rules: Ignore;
  /** Where the patterns were written: ignore files' paths, or the config's `ignore` setting. */
  readonly sources: readonly { readonly file: string; readonly patterns: readonly string[] }[];
}

/** Why a path is ignored: the file that holds the rule and the rule's pattern. */
export interface IgnoredBy {
  readonly source: string;
  readonly pattern: string;
}

/** A stack of ignore scopes from the repository root down to the directory being walked. */
export class IgnoreStack {
  private constructor(private readonly scopes: readonly Scope[]) {}

  /** Rules from the ignore files of every directory from `root` down to `start` itself, plus extra patterns relative to `extra.base`. */
  static from(root: string, start: string, extra: { base: string; patterns: readonly string[]; source?: string }): IgnoreStack {
    const rules = ignore({ allowRelativePaths: true }).add([...extra.patterns]);
    const base: Scope = { dir: extra.base, rules, sources: [{ file: extra.source ?? 'the configuration\'s "ignore" setting', patterns: extra.patterns }] };
    let stack = new IgnoreStack([base]);
    const chain: string[] = [];
    for (let dir = start; dir.startsWith(root) && dir !== root; dir = dirname(dir)) chain.unshift(dir);
    for (const dir of [root, ...chain]) stack = stack.enter(dir);
    return stack;
  }

  /** The stack for a child directory: adds its ignore files when it has any. */
  enter(dir: string): IgnoreStack {
    // one scope for both files, so a `!pattern` in .plumblineignore can take back a .gitignore rule
    const sources = IGNORE_FILES.map((name) => ({ file: join(dir, name), patterns: readPatterns(join(dir, name)) }));
    const patterns = sources.flatMap((source) => source.patterns);
    if (patterns.length === 0) return this;
    return new IgnoreStack([...this.scopes, { dir, rules: ignore({ allowRelativePaths: true }).add(patterns), sources }]);
  }

  /** Whether a path (a directory when `isDir`) is ignored by any scope that contains it. */
  ignores(path: string, isDir: boolean): boolean {
    return this.ignoredBy(path, isDir) !== undefined;
  }

  /** The first scope's rule that ignores a path (a directory when `isDir`), if any. */
  ignoredBy(path: string, isDir: boolean): IgnoredBy | undefined {
    for (const scope of this.scopes) {
      const rel = relative(scope.dir, path).split(sep).join('/');
      if (!rel || rel.startsWith('..')) continue;
      const result = scope.rules.test(isDir ? `${rel}/` : rel);
      if (!result.ignored) continue;
      const pattern = result.rule?.pattern ?? rel;
      return { source: scope.sources.find((source) => source.patterns.includes(pattern))?.file ?? scope.sources[0]?.file ?? scope.dir, pattern };
    }
    return undefined;
  }
}

// an ignore file's size limit: a pattern list, never megabytes, even when it links to /dev/zero
const MAX_IGNORE_FILE_BYTES = 1024 * 1024;

function readPatterns(file: string): string[] {
  if (!existsSync(file)) return [];
  try {
    const read = readRegularFile(file, { maxBytes: MAX_IGNORE_FILE_BYTES });
    return read.kind === 'read' ? read.bytes.toString('utf8').split(/\r?\n/) : [];
  } catch (error) {
    // an unreadable ignore file ignores nothing, as in git
    if (!isFsError(error)) throw error;
    return [];
  }
}
