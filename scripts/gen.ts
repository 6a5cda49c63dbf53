// `pnpm gen` writes every generated file; `pnpm gen --check` fails when one has drifted.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedOutputs } from './gen/outputs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const stale: string[] = [];
for (const output of generatedOutputs(root)) {
  const current = existsSync(output.path) ? readFileSync(output.path, 'utf8') : undefined;
  if (current === output.content) continue;
  if (check) {
    stale.push(relative(root, output.path));
    continue;
  }
  mkdirSync(dirname(output.path), { recursive: true });
  writeFileSync(output.path, output.content);
  console.log(`wrote ${relative(root, output.path)}`);
}
if (stale.length > 0) {
  console.error(`Generated files are out of date; run \`pnpm gen\`:\n${stale.map((path) => `  ${path}`).join('\n')}`);
  process.exit(1);
}
