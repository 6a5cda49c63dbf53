import { type Dirent, existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Notice } from '@plumbline/core';
import { languageOf, specialFileMessage, specialKind } from '@plumbline/core';
import { IgnoreStack, SKIPPED_DIRECTORIES } from './ignore-rules.js';
import { isFsError } from './fs-errors.js';

/** A file chosen for scanning. */
export interface WalkedFile {
  readonly path: string; // absolute
  readonly relativePath: string; // to the root, forward slashes
}

/** What to walk and what to leave out. */
export interface WalkOptions {
  readonly root: string;
  readonly paths: readonly string[]; // absolute
  readonly ignorePatterns: readonly string[]; // gitignore syntax, relative to ignoreBase
  readonly ignoreBase: string; // the config file's directory
}

/** Files to scan, sorted by relative path, and notices about paths that could not be walked. */
export interface WalkResult {
  readonly files: WalkedFile[];
  readonly notices: Notice[];
}

/** Forward-slash path of `path` relative to `root`. */
export function toRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

const isVirtualenv = (dir: string): boolean => existsSync(join(dir, 'pyvenv.cfg'));

/** What the walk asks of a directory entry or a stat. */
type FileKind = Pick<Dirent, 'isDirectory' | 'isFile' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>;

class Walker {
  readonly files = new Map<string, WalkedFile>();
  readonly notices: Notice[] = [];
  constructor(private readonly root: string) {}

  addFile(path: string): void {
    this.files.set(path, { path, relativePath: toRelative(this.root, path) });
  }

  notice(code: Notice['code'], path: string, message: string, level: Notice['level'] = 'warning'): void {
    this.notices.push({ level, code, message, file: toRelative(this.root, path) || '.' });
  }

  walkDir(dir: string, ignores: IgnoreStack, ancestors: ReadonlySet<string>): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      this.notice('unreadable-file', dir, `Cannot read directory (${(error as NodeJS.ErrnoException).code ?? 'error'}); skipped.`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) this.visit(join(dir, entry.name), entry, ignores, ancestors);
  }

  private visit(path: string, entry: Dirent, ignores: IgnoreStack, ancestors: ReadonlySet<string>): void {
    const stat = entry.isSymbolicLink() ? this.follow(path) : entry;
    if (!stat) return;
    if (stat.isDirectory()) {
      if (SKIPPED_DIRECTORIES.has(entry.name) || ignores.ignores(path, true) || isVirtualenv(path)) return;
      this.enterDir(path, ignores, ancestors);
    } else if (languageOf(path) && !ignores.ignores(path, false)) {
      this.addFileOrNotice(path, stat);
    }
  }

  /** Adds a regular file; a FIFO, socket or device (or a link to one) with a scanned name gets a notice instead. */
  addFileOrNotice(path: string, stat: FileKind): void {
    const special = stat.isFile() ? undefined : specialKind(stat);
    if (special) this.notice('special-file', path, specialFileMessage(special));
    else if (stat.isFile()) this.addFile(path);
  }

  private follow(path: string): FileKind | undefined {
    try {
      return statSync(path);
    } catch (error) {
      if (!isFsError(error)) throw error;
      if (error.code === 'ELOOP') this.notice('symlink-loop', path, 'Symbolic link loop; skipped.');
      return undefined; // a dangling link is not a file to scan
    }
  }

  enterDir(dir: string, ignores: IgnoreStack, ancestors: ReadonlySet<string>): void {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      if (!isFsError(error)) throw error;
      this.notice('symlink-loop', dir, 'Symbolic link loop; skipped.');
      return;
    }
    if (ancestors.has(real)) {
      this.notice('symlink-loop', dir, `Symbolic link loops back to ${toRelative(this.root, real) || '.'}; skipped.`);
      return;
    }
    this.walkDir(dir, ignores.enter(dir), new Set([...ancestors, real]));
  }
}

function describeSource(root: string, source: string): string {
  return source.startsWith('/') || /^[A-Za-z]:[\\/]/.test(source) ? toRelative(root, source) || source : source;
}

/** Walks the given paths: honors ignore files and skips dependency, VCS, virtualenv and build folders. */
export function walk(options: WalkOptions): WalkResult {
  const walker = new Walker(options.root);
  for (const input of options.paths) {
    const path = resolve(input);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') walker.notice('symlink-loop', path, 'Symbolic link loop; skipped.');
      else walker.notice('missing-path', path, code === 'ENOENT' ? 'Path does not exist.' : `Cannot access path (${code}).`, 'error');
      continue;
    }
    if (stat.isDirectory()) {
      const stack = IgnoreStack.from(options.root, path, { base: options.ignoreBase, patterns: options.ignorePatterns });
      const hidden = stack.ignoredBy(path, true);
      // a directory named on the command line that an ignore file hides is not walked, and said so
      if (hidden) walker.notice('ignored-path', path, `Directory is ignored by ${describeSource(options.root, hidden.source)} (pattern "${hidden.pattern}"); nothing in it was scanned.`, 'error');
      else walker.walkDir(path, stack, new Set([realpathSync(path)]));
    } else if (languageOf(basename(path)) || !stat.isFile()) {
      walker.addFileOrNotice(path, stat); // a file named on the command line is scanned even when ignored
    }
  }
  const files = [...walker.files.values()].sort((a, b) => (a.relativePath < b.relativePath ? -1 : 1));
  return { files, notices: walker.notices };
}
