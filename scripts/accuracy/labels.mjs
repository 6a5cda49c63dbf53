// Judged findings, committed as text: test/accuracy/labels/<repo>.txt, one line a finding:
//   <path>:<line> <rule-id> <tp|fp|debatable> <reason>
// `#` starts a comment line. The path is relative to the repository's root, at the pinned commit.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The verdicts a label may give. */
export const VERDICTS = ['tp', 'fp', 'debatable'];

const LINE = /^(\S+):(\d+)\s+([a-z][a-z0-9-]*)\s+(tp|fp|debatable)\s+(\S.*)$/;

/** The key of a finding or a label: repository, path, line and rule. */
export const keyOf = (repo, path, line, rule) => `${repo}\t${path}:${line}\t${rule}`;

/** Reads one repository's labels; a malformed line throws with its place. */
export function readLabels(dir, repo) {
  const file = join(dir, `${repo}.txt`);
  const labels = new Map();
  if (!existsSync(file)) return labels;
  readFileSync(file, 'utf8').split('\n').forEach((raw, index) => {
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return;
    const match = LINE.exec(text);
    if (!match) throw new Error(`${file}:${index + 1}: expected "<path>:<line> <rule> <tp|fp|debatable> <reason>", got "${text}"`);
    const [, path, line, rule, verdict, reason] = match;
    const key = keyOf(repo, path, Number(line), rule);
    if (labels.has(key)) throw new Error(`${file}:${index + 1}: ${path}:${line} ${rule} is labelled twice`);
    labels.set(key, { verdict, reason });
  });
  return labels;
}
