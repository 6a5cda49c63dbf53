// Seeded samples: the same corpus, seed and size always give the same findings to judge.
import { createHash } from 'node:crypto';

const GROUPS = { python: 'Python', go: 'Go', javascript: 'JS/TS', typescript: 'JS/TS' };

/** The language column of a finding's cell: Python, Go, JS/TS or config. */
export const groupOf = (language) => GROUPS[language] ?? 'config';

// mulberry32: small, seeded, good enough to shuffle a list fairly
function random(seedText) {
  let state = createHash('sha256').update(seedText).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Up to `size` findings of one cell, drawn without replacement in a seeded order. */
export function sampleOf(findings, size, seed, cell) {
  const pool = [...findings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const next = random(`${seed}\u0000${cell}`);
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, size);
}
