// `pnpm new-rule <rule-id>`: the skeleton of a rule in its five places, then `pnpm gen`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const id = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) {
  console.error('usage: pnpm new-rule <rule-id>   (kebab-case, e.g. no-weak-password-hash)');
  process.exit(2);
}
const camel = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = camel.charAt(0).toUpperCase() + camel.slice(1);

const files: Record<string, string> = {
  [`packages/core/src/rules/${id}.ts`]: `import { defineRule } from '../define-rule.js';

/** Options of \`${id}\`. */
export interface ${pascal}Options {}
const defaults: ${pascal}Options = {};

export default defineRule({
  id: '${id}',
  description: 'Describe what the rule requires',
  rationale: 'Why breaking it hurts.',
  category: 'reliability', severity: 'warning', precision: 'high',
  status: 'preview', since: '0.1.0',
  languages: ['javascript', 'typescript', 'python', 'go'],
  cwe: [],
  roles: ['source', 'script'],
  presets: {},
  messages: { ${camel}: 'What is wrong here; what to do.' },
  options: { defaults, schema: { type: 'object', additionalProperties: false, properties: {} } },
});
`,
  [`docs/rules/${id}.md`]: `# ${id}\n\n## What it does\n\n## Why is this bad?\n\n## Examples\n\n## Options\n\n## When not to use it\n\n## References\n`,
  [`test/fixtures/${id}/.gitkeep`]: '',
};

for (const [path, content] of Object.entries(files)) {
  const full = join(root, path);
  if (existsSync(full)) {
    console.error(`exists, left alone: ${path}`);
    continue;
  }
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  console.log(`created ${path}`);
}
console.log('Next: the ESLint rule in packages/eslint-plugin/src/rules, the queries in packages/tree-sitter-checker/src/rules, fixtures, docs, then `pnpm gen`.');
