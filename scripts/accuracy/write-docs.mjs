// Puts the accuracy table into docs/accuracy.md and each rule's rows into its docs page.
import { readFileSync, writeFileSync } from 'node:fs';

const BEGIN = '<!-- begin accuracy table: `pnpm accuracy --write` -->';
const END = '<!-- end accuracy table -->';

function replaceBetween(page, table, fallbackBefore) {
  const start = page.indexOf(BEGIN);
  const end = page.indexOf(END);
  const block = `${BEGIN}\n${table}${END}`;
  if (start >= 0 && end > start) return page.slice(0, start) + block + page.slice(end + END.length);
  const at = page.indexOf(fallbackBefore);
  const section = `## Accuracy on real code\n\nJudged findings on pinned public repositories ([method](../accuracy.md)):\n\n${block}\n\n`;
  return at < 0 ? `${page}\n${section}` : page.slice(0, at) + section + page.slice(at);
}

/** Writes the whole table to docs/accuracy.md and each rule's rows to docs/rules/<id>.md. */
export function writeDocs(root, table) {
  const summary = new URL('docs/accuracy.md', root);
  writeFileSync(summary, replaceBetween(readFileSync(summary, 'utf8'), table, '\n## How'));
  const [head, rule, ...rows] = table.trimEnd().split('\n');
  const ids = new Set(rows.map((row) => /^\| `([a-z0-9-]+)`/.exec(row)?.[1]).filter(Boolean));
  for (const id of ids) {
    const page = new URL(`docs/rules/${id}.md`, root);
    const own = rows.filter((row) => row.startsWith(`| \`${id}\` |`));
    writeFileSync(page, replaceBetween(readFileSync(page, 'utf8'), `${[head, rule, ...own].join('\n')}\n`, '## References'));
  }
}
