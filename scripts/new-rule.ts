// `pnpm new-rule <rule-id>`: the skeleton of a rule in its places (docs/architecture.md), then `pnpm gen`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRuleId, ruleSkeleton } from './new-rule/templates.js';

const root = process.env.PLUMBLINE_NEW_RULE_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const id = process.argv[2] ?? '';
if (!isRuleId(id)) {
  console.error('usage: pnpm new-rule <rule-id>   (kebab-case, e.g. no-weak-password-hash)');
  process.exit(2);
}

for (const [path, content] of Object.entries(ruleSkeleton(id))) {
  const full = join(root, path);
  if (existsSync(full)) {
    console.error(`exists, left alone: ${path}`);
    continue;
  }
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  console.log(`created ${path}`);
}
console.log([
  'Next: fill in the metadata, write fixtures per language in test/fixtures, the ESLint rule and the',
  'queries (a rule for configuration files also gets packages/config-checker/src/rules/<rule-id>/index.ts),',
  'the docs body, then `pnpm gen`. A language the rule does not support: drop it from `languages` and its files.',
].join('\n'));
