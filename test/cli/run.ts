// Runs the built `plumbline` binary the way a user does, on throw-away directories.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The repository root. */
export const REPO = new URL('../..', import.meta.url).pathname;
const BIN = join(REPO, 'packages/cli/bin/plumbline.js');

/** What a run of the CLI printed and how it exited. */
export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/** Runs `plumbline args…` in `cwd` with colors off unless env says otherwise. */
export function plumbline(args: readonly string[], cwd: string, options: { env?: NodeJS.ProcessEnv; uid?: number } = {}): RunResult {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: 'true', ...options.env };
  const ids = options.uid === undefined ? {} : { uid: options.uid, gid: options.uid };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout: 280_000, ...ids });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/**
 * The config a test project gets when it brings none: the `strict` preset, every stable rule in
 * every language, so that tests of the scan's mechanics (walking, caching, outputs, baselines)
 * do not depend on which rules the real-code measurement puts into `recommended`.
 */
export const TEST_PROJECT_CONFIG = '{ "preset": "strict" }\n';

/**
 * A new temporary directory holding the given files (paths relative, forward slashes), and a
 * `plumbline.config.json` of TEST_PROJECT_CONFIG unless the files hold one or `defaultConfig` is false.
 */
export function project(files: Readonly<Record<string, string | Buffer>>, options: { defaultConfig?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-cli-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, '.git')); // the repository root, so the test never sees an outer config
  const withConfig = options.defaultConfig !== false && !Object.keys(files).includes('plumbline.config.json');
  for (const [path, content] of Object.entries(withConfig ? { ...files, 'plumbline.config.json': TEST_PROJECT_CONFIG } : files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A new temporary repository holding a copy of examples/, the demo backend. */
export function copyOfExamples(): string {
  const dir = project({});
  cpSync(join(REPO, 'examples'), dir, { recursive: true });
  return dir;
}

/** Python source with a function of `lines` statements. */
export function longPythonFunction(name: string, lines: number): string {
  const body = Array.from({ length: lines }, (_, i) => `    total += ${i}`).join('\n');
  return `def ${name}(total):\n${body}\n    return total\n`;
}

/** Go source with a function of `lines` statements. */
export function longGoFunction(name: string, lines: number): string {
  const body = Array.from({ length: lines }, (_, i) => `\ttotal += ${i}`).join('\n');
  return `package main\n\nfunc ${name}(total int) int {\n${body}\n\treturn total\n}\n`;
}

/** TypeScript source with a function of `lines` statements. */
export function longTsFunction(name: string, lines: number): string {
  const body = Array.from({ length: lines }, (_, i) => `  total += ${i};`).join('\n');
  return `export function ${name}(total: number): number {\n${body}\n  return total;\n}\n`;
}
