import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longPythonFunction, plumbline, project } from './run.js';

const git = (dir: string, ...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });

// A repository whose main branch has four long functions; a branch then changes one file, deletes
// one, and leaves an untracked file and an ignored one.
function repository(): string {
  const dir = project({
    'kept.py': longPythonFunction('kept', 60), 'edited.py': longPythonFunction('edited', 60),
    'deleted.py': longPythonFunction('deleted', 60), 'later.py': longPythonFunction('later', 60), '.gitignore': 'ignored.py\n',
  });
  rmSync(join(dir, '.git'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  git(dir, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(dir, 'edited.py'), longPythonFunction('edited', 61));
  git(dir, 'rm', '-q', 'deleted.py');
  git(dir, 'commit', '-q', '-am', 'change');
  git(dir, 'checkout', '-q', 'main');
  writeFileSync(join(dir, 'later.py'), longPythonFunction('later', 62)); // main moves on after the branch point
  git(dir, 'commit', '-q', '-am', 'later');
  git(dir, 'checkout', '-q', 'feature');
  writeFileSync(join(dir, 'new.py'), longPythonFunction('fresh', 60));
  writeFileSync(join(dir, 'ignored.py'), longPythonFunction('ignored', 60));
  return dir;
}

const filesOf = (stdout: string): string[] => (JSON.parse(stdout) as { findings: { file: string }[] }).findings.map((f) => f.file);

describe('plumbline scan --changed-since', { timeout: 120_000 }, () => {
  it('checks files changed since the merge-base, plus untracked files git does not ignore', () => {
    const dir = repository();
    const run = plumbline(['scan', '--changed-since', 'main', '-f', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(filesOf(run.stdout)).toEqual(['edited.py', 'new.py']);
    writeFileSync(join(dir, 'kept.py'), longPythonFunction('kept', 61)); // unstaged edits count too
    expect(filesOf(plumbline(['scan', '--changed-since', 'main', '-f', 'json'], dir).stdout)).toEqual(['edited.py', 'kept.py', 'new.py']);
    expect(filesOf(plumbline(['scan', '--changed-since', 'HEAD', '-f', 'json'], dir).stdout)).toEqual(['kept.py', 'new.py']);
  });

  it('exits 2 with a clear message for an unknown ref', () => {
    const run = plumbline(['scan', '--changed-since', 'no-such-branch'], repository());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown git ref "no-such-branch"');
  });

  it('exits 2 with a clear message outside a git repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumbline-nogit-'));
    writeFileSync(join(dir, 'a.py'), 'x = 1\n');
    const run = plumbline(['scan', '--changed-since', 'main'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--changed-since needs a git repository, and .* is not in one/);
  });
});
