// The sampled findings nobody has judged yet, each with the code around it, to label by reading.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CONTEXT = 8;

function excerpt(dir, path, line) {
  if (!existsSync(join(dir, path))) return '      (file not found)';
  const lines = readFileSync(join(dir, path), 'utf8').split('\n');
  const from = Math.max(1, line - CONTEXT);
  const to = Math.min(lines.length, line + CONTEXT);
  return lines.slice(from - 1, to).map((text, i) => `${String(from + i).padStart(6)}${from + i === line ? ' >' : '  '} ${text.slice(0, 200)}`).join('\n');
}

/** A text worksheet: per finding, the label line to complete and the code it points at. */
export function worksheetOf(findings, corpora) {
  const sorted = [...findings].sort((a, b) => (a.id < b.id ? -1 : 1));
  return sorted.map((f) => [
    `## ${f.repo} — label line for test/accuracy/labels/${f.repo}.txt:`,
    `${f.path}:${f.line} ${f.rule} <tp|fp|debatable> <reason>`,
    `message: ${f.message}`,
    excerpt(join(corpora, f.repo), f.path, f.line),
    '',
  ].join('\n')).join('\n');
}
