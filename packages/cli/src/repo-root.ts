import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest directory at or above `start` that holds `.git`, or undefined. */
export function findGitRoot(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

const isInside = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith('/') ? root : `${root}/`);

/** The directory finding paths are relative to: the git root around cwd, or cwd; widened when a path lies outside. */
export function chooseRoot(cwd: string, paths: readonly string[]): string {
  const root = findGitRoot(cwd) ?? resolve(cwd);
  if (paths.every((path) => isInside(root, resolve(cwd, path)))) return root;
  const first = resolve(cwd, paths[0] ?? '.');
  const dir = existsSync(first) && statSync(first).isFile() ? dirname(first) : first;
  return findGitRoot(dir) ?? dir;
}
