// Builds the workspace packages in dependency order with tsc; each package resolves the
// others through their built `dist/` declarations. Two copies make the packed packages whole:
// the grammars' WebAssembly builds go to the tree-sitter checker's `grammars/`, and the rule
// docs to the CLI's `docs/rules/` (for `plumbline explain` outside the repository).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const order = ['core', 'eslint-plugin', 'tree-sitter-checker', 'config-checker', 'cli'];
const tsc = new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname;
const checker = new URL('../packages/tree-sitter-checker/', import.meta.url).pathname;

function copyGrammars() {
  const require = createRequire(join(checker, 'package.json'));
  mkdirSync(join(checker, 'grammars'), { recursive: true });
  for (const name of ['python', 'go']) {
    const wasm = require.resolve(`tree-sitter-${name}/tree-sitter-${name}.wasm`);
    copyFileSync(wasm, join(checker, 'grammars', `tree-sitter-${name}.wasm`));
    copyFileSync(join(dirname(wasm), 'LICENSE'), join(checker, 'grammars', `tree-sitter-${name}.LICENSE`));
  }
}

function copyRuleDocs() {
  const target = new URL('../packages/cli/docs/rules/', import.meta.url);
  rmSync(target, { recursive: true, force: true });
  cpSync(new URL('../docs/rules/', import.meta.url), target, { recursive: true });
}

copyGrammars();
copyRuleDocs();
for (const name of order) {
  execFileSync(process.execPath, [tsc, '-p', `packages/${name}/tsconfig.json`], { stdio: 'inherit' });
}
