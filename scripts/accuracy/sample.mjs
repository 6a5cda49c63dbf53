// Seeded samples: the same corpus, seed and size always give the same findings to judge.
import { createHash } from 'node:crypto';

const GROUPS = { python: 'Python', go: 'Go', javascript: 'JS/TS', typescript: 'JS/TS' };

/** The language column of a finding's cell: Python, Go, JS/TS or config. */
export const groupOf = (language) => GROUPS[language] ?? 'config';

const rank = (seed, cell, id) => createHash('sha256').update(`${seed}\u0000${cell}\u0000${id}`).digest('hex');

/**
 * Up to `size` findings of one cell: those whose seeded hash ranks lowest. Each finding's rank
 * depends only on the seed, the cell and the finding itself, so a fix that removes findings
 * keeps the rest of the sample and draws the next-ranked ones in their place.
 */
export function sampleOf(findings, size, seed, cell) {
  const ranked = findings.map((finding) => ({ finding, key: rank(seed, cell, finding.id) }));
  ranked.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return ranked.slice(0, size).map(({ finding }) => finding);
}
