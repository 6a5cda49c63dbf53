import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The build copies docs/rules beside the package; in the repository the docs folder is read directly.
const DOCS_DIRS = [new URL('../docs/rules/', import.meta.url), new URL('../../../docs/rules/', import.meta.url)];

/** The markdown of a rule's docs page, or undefined when it cannot be found. */
export function readRuleDoc(ruleId: string): string | undefined {
  for (const dir of DOCS_DIRS) {
    try {
      return readFileSync(fileURLToPath(new URL(`${ruleId}.md`, dir)), 'utf8');
    } catch {
      // try the next place
    }
  }
  return undefined;
}
