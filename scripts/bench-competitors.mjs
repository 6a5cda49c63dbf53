// Other tools timed by `pnpm bench --competitors` on the same files as plumbline's scan, each in
// a child of its own. They live outside the repository (nothing of them is a dependency):
//   --tools DIR or PLUMBLINE_BENCH_TOOLS   an npm prefix holding @astral-sh/ruff-wasm-nodejs,
//                                          eslint, typescript-eslint, eslint-plugin-security,
//                                          eslint-plugin-sonarjs and eslint-plugin-no-secrets
//   --bandit PATH or PLUMBLINE_BENCH_BANDIT  Bandit's command (default: `bandit` on the PATH)
// What is missing is skipped with the reason printed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ESLINT_PACKAGES = ['eslint', 'typescript-eslint', 'eslint-plugin-security', 'eslint-plugin-sonarjs', 'eslint-plugin-no-secrets'];

function hasPackages(tools, names) {
  const missing = names.filter((name) => !tools || !existsSync(join(tools, 'node_modules', name, 'package.json')));
  return missing.length === 0 ? undefined : `not installed: ${missing.join(', ')} (npm install --prefix <dir> …, then --tools <dir>)`;
}

function banditCommand(bandit) {
  try {
    const version = execFileSync(bandit, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { version: version.split('\n')[0] };
  } catch (error) {
    return { missing: `\`${bandit} --version\` failed (${error.code ?? error.message}): install Bandit (apt-get install bandit) or pass --bandit PATH` };
  }
}

/** The competitor rows of a language: each a child job for bench-child.mjs, or a reason it is skipped. */
export function competitorsFor(language, { tools, bandit }) {
  if (language === 'python') {
    const found = banditCommand(bandit);
    return [
      { name: 'ruff (wasm)', mode: 'ruff', missing: hasPackages(tools, ['@astral-sh/ruff-wasm-nodejs']), job: { tools } },
      { name: 'bandit', mode: 'bandit', missing: found.missing, job: { bandit, version: found.version } },
    ];
  }
  if (language === 'typescript' || language === 'javascript') {
    return [{ name: 'eslint+3 plugins', mode: 'eslint', missing: hasPackages(tools, ESLINT_PACKAGES), job: { tools } }];
  }
  return [];
}

/** Ruff's WebAssembly build checking each file's text with its default rules (E4, E7, E9, F). */
export async function ruffJob(job) {
  const { Workspace, PositionEncoding } = await import(join(job.tools, 'node_modules/@astral-sh/ruff-wasm-nodejs/ruff_wasm.js'));
  const { readFileSync } = await import('node:fs');
  return async () => {
    const workspace = new Workspace(Workspace.defaultSettings(), PositionEncoding.Utf16);
    let findings = 0;
    for (const path of job.paths) findings += workspace.check(readFileSync(path, 'utf8')).length;
    return { files: job.paths.length, findings, version: Workspace.version() };
  };
}

// Bandit is a Python program: time the whole process (its start-up included), and read its peak
// memory from GNU time. The file list goes through a file, so no command line gets too long.
export function banditRun(job, listFile) {
  writeFileSync(listFile, job.paths.join('\n'));
  const script = `xargs -d '\\n' -a "$1" "$2" -q -f json -o /dev/null`;
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'peakKb=%M user=%U sys=%S', 'sh', '-c', script, 'bandit', listFile, job.bandit], { encoding: 'utf8' });
  const ms = performance.now() - start;
  const usage = /peakKb=(\d+) user=([\d.]+) sys=([\d.]+)/.exec(run.stderr ?? '');
  const [peakKb, user, sys] = usage ? usage.slice(1).map(Number) : [NaN, NaN, NaN];
  return { ms, cpuMs: (user + sys) * 1000, peakMb: peakKb / 1024, files: job.paths.length, exit: run.status, version: job.version };
}

/** ESLint 10's Linter over each file, as plumbline's JS/TS engine runs it (typescript-eslint's parser, no type information), with eslint-plugin-security's and eslint-plugin-sonarjs's recommended rules and no-secrets. */
export async function eslintJob(job) {
  const { createRequire } = await import('node:module');
  const { readFileSync } = await import('node:fs');
  const require = createRequire(join(job.tools, 'package.json'));
  return async () => {
    const { Linter } = require('eslint');
    const tseslint = require('typescript-eslint');
    const security = require('eslint-plugin-security');
    const sonarjs = require('eslint-plugin-sonarjs');
    const noSecrets = require('eslint-plugin-no-secrets');
    const files = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
    const config = [
      { files, languageOptions: { parser: tseslint.parser, sourceType: 'module', ecmaVersion: 'latest' } },
      { files, ...security.configs.recommended },
      { files, ...sonarjs.configs.recommended },
      { files, plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } },
    ];
    const linter = new Linter({ cwd: '/' });
    let findings = 0;
    let fatal = 0;
    for (const path of job.paths) {
      const messages = linter.verify(readFileSync(path, 'utf8'), config, { filename: path });
      findings += messages.length;
      fatal += messages.filter((message) => message.fatal).length;
    }
    return { files: job.paths.length, findings, parseErrors: fatal, version: Linter.version };
  };
}
