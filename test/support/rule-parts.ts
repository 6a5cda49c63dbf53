// Where each part of a rule lives (docs/architecture.md, "A rule's parts"), from its id and
// languages: the catalog test checks every rule has them, the new-rule test that the scaffold writes them.
import { isConfigLanguage, isEcmaScript, type Language } from '@plumbline/core';

/** The engines that keep rule folders, and the languages that call for a folder in each. */
export const ENGINE_RULE_DIRS = {
  'packages/eslint-plugin/src/rules': isEcmaScript,
  'packages/tree-sitter-checker/src/rules': (language: Language) => language === 'python' || language === 'go',
  'packages/config-checker/src/rules': isConfigLanguage,
} satisfies Record<string, (language: Language) => boolean>;

/** The repository-relative paths a rule must have; the fixtures folder ends with `/`. */
export function ruleParts(id: string, languages: readonly Language[]): string[] {
  const engines = Object.entries(ENGINE_RULE_DIRS).filter(([, supports]) => languages.some(supports)).map(([dir]) => `${dir}/${id}/index.ts`);
  const queries = languages.filter((language) => language === 'python' || language === 'go')
    .map((language) => `packages/tree-sitter-checker/src/rules/${id}/${language}.scm`);
  return [`packages/core/src/rules/${id}.ts`, ...engines, ...queries, `test/fixtures/${id}/`, `docs/rules/${id}.md`].sort();
}
