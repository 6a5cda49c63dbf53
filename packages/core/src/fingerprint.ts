import { createHash } from 'node:crypto';
import { compareFindings } from './finding.js';
import type { Finding } from './types.js';

// A fingerprint names a finding by what it is, not where it is: rule, file, the code on its
// start line (whitespace-normalized) and which occurrence of that code it is. Adding lines
// above or below, or re-indenting, keeps it; two identical findings on two identical lines
// still get two fingerprints. Line numbers, columns and message text are left out on purpose.

/** Number of hex characters kept from the SHA-256 digest (128 bits). */
export const FINGERPRINT_LENGTH = 32;

const LINE_BREAK = /\r\n|\r|\n/;

/** A line with its leading and trailing whitespace removed and inner runs collapsed to one space. */
export function normalizeLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

function hashOf(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

/** Sets `fingerprint` on each finding of one file, given that file's text; keeps the input order. */
export function fingerprintFindings(findings: readonly Finding[], text: string): Finding[] {
  const lines = text.split(LINE_BREAK);
  const seen = new Map<string, number>();
  const fingerprints: string[] = [];
  // Occurrences are counted in location order, so the input order never matters.
  const entries = findings.map((finding, index) => ({ finding, index }))
    .sort((a, b) => compareFindings(a.finding, b.finding) || a.index - b.index);
  for (const { finding, index } of entries) {
    const content = normalizeLine(lines[finding.location.startLine - 1] ?? '');
    const key = [finding.ruleId, finding.location.file, content].join('\0');
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    fingerprints[index] = hashOf([key, String(occurrence)]);
  }
  return findings.map((finding, index) => ({ ...finding, fingerprint: fingerprints[index] }));
}
