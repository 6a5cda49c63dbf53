import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HOMEPAGE } from '@plumbline/core';

// A published package carries docs/rules beside its dist/; in the repository the docs folder is read directly.
const DOCS_DIRS = [new URL('../docs/rules/', import.meta.url), new URL('../../../docs/rules/', import.meta.url)];

/** The markdown of a rule's docs page, or undefined when it cannot be found. */
export function readRuleDoc(ruleId: string): string | undefined {
  const path = DOCS_DIRS.map((dir) => fileURLToPath(new URL(`${ruleId}.md`, dir))).find((candidate) => existsSync(candidate));
  return path === undefined ? undefined : readFileSync(path, 'utf8');
}

/**
 * Makes a docs page's relative links absolute, for places that show it away from the
 * repository (SARIF help in GitHub code scanning): `](../eslint.md)` → `](<homepage>/blob/main/docs/eslint.md)`.
 */
export function absoluteLinks(markdown: string): string {
  const base = new URL(`${HOMEPAGE}/blob/main/docs/rules/`);
  return markdown.replace(/\]\((\.{1,2}\/[^)\s]+)\)/g, (_whole, target: string) => `](${new URL(target, base).href})`);
}
