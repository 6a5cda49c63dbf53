import { execFileSync } from 'node:child_process';
import { ConfigError } from '@plumbline/core';

// git's error text, kept short for a one-line message.
function gitMessage(error: unknown): string {
  const stderr = (error as { stderr?: Buffer | string }).stderr?.toString().trim() ?? '';
  return stderr.split('\n')[0] || (error as Error).message;
}

function git(root: string, args: readonly string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
}

function mergeBase(root: string, ref: string): string {
  try {
    git(root, ['rev-parse', '--is-inside-work-tree']);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ConfigError('--changed-since needs git, and git was not found on the PATH');
    throw new ConfigError(`--changed-since needs a git repository, and ${root} is not in one (${gitMessage(error)})`);
  }
  try {
    git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  } catch {
    throw new ConfigError(`--changed-since: unknown git ref "${ref}" (fetch it first in a shallow CI checkout)`);
  }
  try {
    return git(root, ['merge-base', '--end-of-options', ref, 'HEAD']).trim();
  } catch (error) {
    throw new ConfigError(`--changed-since: no merge-base between "${ref}" and HEAD (${gitMessage(error)}); fetch more history`);
  }
}

const split = (output: string): string[] => output.split('\0').filter(Boolean);

/**
 * Repository-relative paths (to `root`, forward slashes) of the files changed since the merge-base
 * of `ref` and HEAD, as `golangci-lint --new-from-rev` and `semgrep ci` choose them: committed,
 * staged and unstaged changes that leave a file behind, plus untracked files git does not ignore.
 */
export function changedFiles(root: string, ref: string): Set<string> {
  const base = mergeBase(root, ref);
  const changed = git(root, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', '--relative', base, '--']);
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  return new Set([...split(changed), ...split(untracked)]);
}
