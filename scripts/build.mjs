// Builds the workspace packages in dependency order with tsc; each package resolves the
// others through their built `dist/` declarations.
import { execFileSync } from 'node:child_process';

const order = ['core', 'eslint-plugin', 'tree-sitter-checker', 'config-checker', 'cli'];
const tsc = new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname;
for (const name of order) {
  execFileSync(process.execPath, [tsc, '-p', `packages/${name}/tsconfig.json`], { stdio: 'inherit' });
}
