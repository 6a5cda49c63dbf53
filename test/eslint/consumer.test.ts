// A consumer project: its eslint.config.js extends plumbline.configs.recommended from the built
// plugin, and ESLint's own ESLint class lints a JavaScript and a TypeScript file with it. ESLint
// runs in a child process: vitest's workers resolve workspace packages to their .ts sources.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { docsUrl } from '@plumbline/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pluginDist = join(root, 'packages/eslint-plugin/dist/index.js');
const require = createRequire(import.meta.url);
const urlOf = (path: string): string => pathToFileURL(path).href;

function newestSource(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => statSync(join(dir, name)).mtimeMs));
}

// `pnpm test` builds first; a direct `vitest run` rebuilds core and the plugin when they are stale.
function buildPluginIfStale(): void {
  const built = (path: string): number => (existsSync(path) ? statSync(path).mtimeMs : 0);
  const stale = ['core', 'eslint-plugin'].some((name) => {
    return newestSource(join(root, 'packages', name, 'src')) > built(join(root, 'packages', name, 'dist/index.js'));
  });
  if (!stale) return;
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const name of ['core', 'eslint-plugin']) {
    spawnSync(process.execPath, [tsc, '-p', `packages/${name}/tsconfig.json`], { cwd: root, stdio: 'inherit' });
  }
}

const CONFIG = `
import { defineConfig } from '${urlOf(require.resolve('eslint/config'))}';
import tseslint from '${urlOf(require.resolve('typescript-eslint'))}';
import plumbline from '${urlOf(pluginDist)}';

export default defineConfig([
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  { extends: [plumbline.configs.recommended], rules: { '@plumbline/max-function-lines': ['warn', { max: 3 }], '@plumbline/no-catch-all': 'warn' } },
]);
`;

const HANDLER_JS = `
export function listUsers(req, res) {
  const users = req.app.locals.users;
  const page = Number(req.query.page ?? 1);
  res.json(users.slice((page - 1) * 20, page * 20));
}
`;

const SERVICE_TS = `
export async function syncAll(sources: string[]): Promise<number> {
  let synced = 0;
  for (const source of sources) {
    if (source.startsWith('https:')) {
      try {
        if (await sync(source)) synced++;
      } catch {
        synced--;
      }
    }
  }
  return synced;
}
declare function sync(source: string): Promise<boolean>;
`;

// Lints src/ with the ESLint class and prints the messages per file and the rules' metadata.
const LINT = `
import { relative } from 'node:path';
import { ESLint } from '${urlOf(require.resolve('eslint'))}';

const eslint = new ESLint({ cwd: process.cwd() });
const results = await eslint.lintFiles(['src']);
const files = Object.fromEntries(results.map((result) => [relative(process.cwd(), result.filePath), result.messages]));
console.log(JSON.stringify({ files, meta: eslint.getRulesMetaForResults(results) }));
`;

interface LintOutput {
  readonly files: Record<string, { ruleId: string; line: number; column: number; message: string; severity: number }[]>;
  readonly meta: Record<string, { docs?: { url?: string } }>;
}

function lintProject(dir: string): LintOutput {
  const child = spawnSync(process.execPath, ['lint.mjs'], { cwd: dir, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`eslint failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as LintOutput;
}

describe('a project that extends plumbline.configs.recommended', () => {
  let dir = '';

  beforeAll(() => {
    buildPluginIfStale();
    dir = mkdtempSync(join(tmpdir(), 'plumbline-consumer-'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'eslint.config.js'), CONFIG);
    writeFileSync(join(dir, 'lint.mjs'), LINT);
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(dir, 'src/handler.js'), HANDLER_JS);
    writeFileSync(join(dir, 'src/service.ts'), SERVICE_TS);
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports the Plumbline rules in JavaScript and TypeScript, with their docs URL', () => {
    const { files: byFile, meta } = lintProject(dir);
    expect(Object.keys(byFile).sort()).toEqual(['src/handler.js', 'src/service.ts']);
    expect(byFile['src/handler.js']).toEqual([expect.objectContaining({
      ruleId: '@plumbline/max-function-lines', severity: 1, line: 2, column: 17,
      message: 'Function listUsers has 5 code lines; the limit is 3. Extract smaller functions.',
    })]);
    expect(byFile['src/service.ts']?.map((message) => [message.ruleId, message.line, message.message])).toEqual([
      ['@plumbline/max-function-lines', 2, 'Function syncAll has 13 code lines; the limit is 3. Extract smaller functions.'],
      ['@plumbline/max-nesting-depth', 7, 'Blocks are nested 4 deep here; the limit is 3. Return early or extract a function.'],
      // the catch counts failures but drops the error itself
      ['@plumbline/no-catch-all', 8, 'This `catch` drops the error it caught; rethrow it, pass it on (`next(err)`, `reject(err)`, `return err`) or log it with the error object.'],
    ]);
    expect(meta['@plumbline/max-function-lines']?.docs?.url).toBe(docsUrl('max-function-lines'));
  });
});
