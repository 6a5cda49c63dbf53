// .pre-commit-hooks.yaml: pre-commit users add Plumbline by hook id. The manifest must parse, hold
// the keys pre-commit's manifest schema requires with values it accepts, and name a command that
// exists and runs on the files pre-commit passes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageOf } from '@plumbline/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { longPythonFunction, plumbline, project, REPO } from './run.js';
import { CLI_PACKAGE, plumblineArgs, unknownOptions } from '../support/recipes.js';

// From pre-commit's manifest schema (pre_commit/clientlib.py): required and optional hook keys,
// and the languages it knows.
const REQUIRED = ['id', 'name', 'entry', 'language'];
const OPTIONAL = ['alias', 'files', 'exclude', 'types', 'types_or', 'exclude_types', 'additional_dependencies', 'args', 'always_run',
  'fail_fast', 'pass_filenames', 'description', 'language_version', 'log_file', 'minimum_pre_commit_version', 'require_serial', 'stages', 'verbose'];
const LANGUAGES = ['conda', 'coursier', 'dart', 'docker', 'docker_image', 'dotnet', 'fail', 'golang', 'haskell', 'julia', 'lua', 'node',
  'perl', 'pygrep', 'python', 'r', 'ruby', 'rust', 'script', 'swift', 'system'];
// identify's tag for each file type the hook selects, with a file name of that type
const TAG_SAMPLES: Record<string, string> = {
  python: 'a.py', go: 'a.go', javascript: 'a.js', jsx: 'a.jsx', ts: 'a.ts', tsx: 'a.tsx',
  yaml: 'a.yaml', json: 'a.json', toml: 'a.toml', ini: 'a.ini', 'java-properties': 'a.properties',
};

interface Hook { id: string; name: string; entry: string; language: string; types_or?: string[]; pass_filenames?: boolean }
const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

describe('.pre-commit-hooks.yaml', () => {
  it('is a list of hooks with the keys and languages pre-commit accepts', () => {
    expect(hooks.map((hook) => hook.id)).toEqual(['plumbline']);
    for (const hook of hooks) {
      for (const key of REQUIRED) expect(typeof (hook as unknown as Record<string, unknown>)[key], key).toBe('string');
      expect([...REQUIRED, ...OPTIONAL]).toEqual(expect.arrayContaining(Object.keys(hook)));
      expect(LANGUAGES).toContain(hook.language);
    }
  });

  it('selects only file types that plumbline scan checks', () => {
    for (const tag of hooks[0]?.types_or ?? []) {
      expect(TAG_SAMPLES[tag], `a sample file for ${tag}`).toBeDefined();
      expect(languageOf(TAG_SAMPLES[tag] ?? ''), tag).toBeDefined();
    }
  });

  it('names the pinned CLI, its plumbline binary and the scan command', () => {
    const args = plumblineArgs(hooks[0]?.entry ?? '');
    expect(CLI_PACKAGE.bins).toEqual(['plumbline']);
    expect(args[0]).toBe('scan');
    expect(unknownOptions(args.slice(1))).toEqual([]);
  });

  it('runs on the files pre-commit passes: exit 1 with a finding in them, 0 when they are clean', () => {
    const args = plumblineArgs(hooks[0]?.entry ?? '');
    const sql = 'def find(cursor, name):\n    cursor.execute("SELECT * FROM users WHERE name = \'" + name + "\'")\n';
    const dir = project({ 'bad.py': sql, 'long.py': longPythonFunction('f', 60), 'ok.py': 'X = 1\n', 'README.md': '# notes\n' });
    const failing = plumbline([...args, 'bad.py', 'ok.py', 'README.md'], dir);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('parameterized-sql');
    expect(plumbline([...args, 'ok.py', 'README.md'], dir).code).toBe(0);
    expect(plumbline([...args, 'long.py'], dir).stdout).toContain('max-function-lines');
  });
});
