// The skeleton of a rule in each of its places (docs/architecture.md, "A rule's parts"): what
// `pnpm new-rule <rule-id>` writes, by repository-relative path.

const camel = (id: string): string => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function coreRule(id: string): string {
  const pascal = camel(id).charAt(0).toUpperCase() + camel(id).slice(1);
  return `import { defineRule } from '../define-rule.js';

/** Options of \`${id}\`: none yet. */
export type ${pascal}Options = Record<string, never>;
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
  messages: { ${camel(id)}: 'What is wrong here; what to do.' },
  options: { defaults, schema: { type: 'object', additionalProperties: false, properties: {} } },
});
`;
}

const eslintRule = (id: string): string => `import meta from '@plumbline/core/rules/${id}';
import { createRule } from '../../create-rule.js';

// Helpers only this rule uses go beside this file; what two rules share goes to src/util/.
export default createRule(meta, (_context, _options) => ({
  // the nodes to look at, e.g. CallExpression(node) { … context.report({ node, messageId: '${camel(id)}' }) }
}));
`;

const checkerRule = (id: string): string => `import meta from '@plumbline/core/rules/${id}';
import { defineCheck } from '../../check.js';

export default defineCheck(meta, {
  python: { query: '${id}/python', messageId: '${camel(id)}' },
  go: { query: '${id}/go', messageId: '${camel(id)}' },
});
`;

const query = (language: string): string => `; What this rule matches in ${language}: @finding is the node reported, @_name captures feed predicates.\n`;

const docsPage = (id: string): string => `# ${id}\n\n## What it does\n\n## Why is this bad?\n\n## Examples\n\n## Options\n\n## When not to use it\n\n## References\n`;

/** Every file of a new rule's skeleton, by path from the repository root. */
export function ruleSkeleton(id: string): Readonly<Record<string, string>> {
  return {
    [`packages/core/src/rules/${id}.ts`]: coreRule(id),
    [`packages/eslint-plugin/src/rules/${id}/index.ts`]: eslintRule(id),
    [`packages/tree-sitter-checker/src/rules/${id}/index.ts`]: checkerRule(id),
    [`packages/tree-sitter-checker/src/rules/${id}/python.scm`]: query('Python'),
    [`packages/tree-sitter-checker/src/rules/${id}/go.scm`]: query('Go'),
    [`test/fixtures/${id}/.gitkeep`]: '',
    [`docs/rules/${id}.md`]: docsPage(id),
  };
}

/** Whether a rule id is kebab-case. */
export const isRuleId = (id: string): boolean => /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id);
