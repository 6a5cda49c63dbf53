// Every generated file, computed from packages/core/src/rules and the rule folders.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog, configSchema, HOMEPAGE } from '@plumbline/core';
import { generateChecksIndex, generateQueriesModule } from '../../packages/tree-sitter-checker/src/generate.js';
import { rulesReadme, withHeader, withRuleTable } from './docs.js';
import { configRulesIndex, coreRulesIndex, eslintRulesIndex } from './indexes.js';

/** A file `pnpm gen` owns, and what it must contain. */
export interface Output {
  readonly path: string;
  readonly content: string;
}

function ruleFileIds(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.ts') && name !== 'index.ts' && !name.endsWith('.test.ts'))
    .map((name) => name.slice(0, -3)).sort();
}

function ruleDirIds(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

function docsOutputs(root: string): Output[] {
  const pages = catalog.flatMap((rule) => {
    const path = join(root, 'docs/rules', `${rule.id}.md`);
    return existsSync(path) ? [{ path, content: withHeader(readFileSync(path, 'utf8'), rule) }] : [];
  });
  const readme = join(root, 'README.md');
  const readmeOutput = existsSync(readme) ? [{ path: readme, content: withRuleTable(readFileSync(readme, 'utf8')) }] : [];
  return [...pages, { path: join(root, 'docs/rules/README.md'), content: rulesReadme() }, ...readmeOutput];
}

/** Every generated file of the repository at `root`. */
export function generatedOutputs(root: string): Output[] {
  const checkerRules = join(root, 'packages/tree-sitter-checker/src/rules');
  const configRules = join(root, 'packages/config-checker/src/rules');
  const schema = { $id: `${HOMEPAGE}/raw/main/packages/core/schema/plumbline.config.schema.json`, ...configSchema(catalog) };
  return [
    { path: join(root, 'packages/core/src/rules/index.ts'), content: coreRulesIndex(ruleFileIds(join(root, 'packages/core/src/rules'))) },
    { path: join(root, 'packages/eslint-plugin/src/rules/index.ts'), content: eslintRulesIndex(ruleDirIds(join(root, 'packages/eslint-plugin/src/rules'))) },
    { path: join(checkerRules, 'index.ts'), content: generateChecksIndex(ruleDirIds(checkerRules)) },
    { path: join(configRules, 'index.ts'), content: configRulesIndex(ruleDirIds(configRules)) },
    { path: join(root, 'packages/tree-sitter-checker/src/queries.generated.ts'), content: generateQueriesModule(checkerRules) },
    { path: join(root, 'packages/core/schema/plumbline.config.schema.json'), content: `${JSON.stringify(schema, null, 2)}\n` },
    ...docsOutputs(root),
  ];
}
