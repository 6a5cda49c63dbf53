// Peers timed by `pnpm bench --competitors` on the same files as plumbline's scan, each in a
// child of its own, at the same thread counts. They live outside the repository (nothing of them is a dependency):
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
    return [{ name: 'eslint, same-job rules', mode: 'eslint', missing: hasPackages(tools, ESLINT_PACKAGES), job: { tools } }];
  }
  return [];
}

/** Ruff's WebAssembly build checking each file's text with its default rules (E4, E7, E9, F). */
export async function ruffFiles(job, paths) {
  const { Workspace, PositionEncoding } = await import(join(job.tools, 'node_modules/@astral-sh/ruff-wasm-nodejs/ruff_wasm.js'));
  const { readFileSync } = await import('node:fs');
  const workspace = new Workspace(Workspace.defaultSettings(), PositionEncoding.Utf16);
  let findings = 0;
  for (const path of paths) findings += workspace.check(readFileSync(path, 'utf8')).length;
  return { files: paths.length, findings, version: Workspace.version() };
}

// Bandit is a Python program: time the whole process (its start-up included), and read its peak
// memory from GNU time. The file list goes through a file, so no command line gets too long; with
// job.threads > 1, xargs runs that many Bandit processes on equal parts of the list (GNU time then
// gives the largest one's peak, not their sum).
export function banditRun(job, listFile) {
  writeFileSync(listFile, job.paths.join('\n'));
  const threads = job.threads ?? 1;
  const perProcess = Math.max(1, Math.ceil(job.paths.length / threads));
  const script = `xargs -d '\\n' -a "$1" -P ${threads} -n ${perProcess} "$2" -q -f json -o /dev/null`;
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'peakKb=%M user=%U sys=%S', 'sh', '-c', script, 'bandit', listFile, job.bandit], { encoding: 'utf8' });
  const ms = performance.now() - start;
  const usage = /peakKb=(\d+) user=([\d.]+) sys=([\d.]+)/.exec(run.stderr ?? '');
  const [peakKb, user, sys] = usage ? usage.slice(1).map(Number) : [NaN, NaN, NaN];
  return { ms, cpuMs: (user + sys) * 1000, peakMb: peakKb / 1024, files: job.paths.length, exit: run.status, version: job.version };
}

// The ESLint rules that do the scan's jobs on JS/TS: eslint-plugin-security's recommended set,
// sonarjs's SQL, credential and ignored-exception rules, no-secrets, and core ESLint's three size
// rules at the scan's limits. Not sonarjs's whole recommended set: those 295 rules do other jobs.
function peerConfig(require) {
  const tseslint = require('typescript-eslint');
  const security = require('eslint-plugin-security');
  const sonarjs = require('eslint-plugin-sonarjs');
  const noSecrets = require('eslint-plugin-no-secrets');
  const files = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
  const sonarRules = ['sql-queries', 'no-hardcoded-passwords', 'no-hardcoded-secrets', 'no-ignored-exceptions'];
  return [
    { files, languageOptions: { parser: tseslint.parser, sourceType: 'module', ecmaVersion: 'latest' } },
    { files, ...security.configs.recommended },
    {
      files, plugins: { sonarjs, 'no-secrets': noSecrets },
      rules: {
        ...Object.fromEntries(sonarRules.map((rule) => [`sonarjs/${rule}`, 'error'])), 'no-secrets/no-secrets': 'error',
        'max-lines': ['warn', { max: 150, skipBlankLines: true, skipComments: true }],
        'max-lines-per-function': ['warn', { max: 50, skipBlankLines: true, skipComments: true }], 'max-depth': ['warn', 3],
      },
    },
  ];
}

/** ESLint 10's Linter over each file, as plumbline's JS/TS engine runs it (typescript-eslint's parser, no type information), with the same-job peer rules. */
export async function eslintFiles(job, paths) {
  const { createRequire } = await import('node:module');
  const { readFileSync } = await import('node:fs');
  const require = createRequire(join(job.tools, 'package.json'));
  const { Linter } = require('eslint');
  const config = peerConfig(require);
  const linter = new Linter({ cwd: '/' });
  let findings = 0;
  let fatal = 0;
  for (const path of paths) {
    const messages = linter.verify(readFileSync(path, 'utf8'), config, { filename: path });
    findings += messages.length;
    fatal += messages.filter((message) => message.fatal).length;
  }
  return { files: paths.length, findings, parseErrors: fatal, version: Linter.version };
}
