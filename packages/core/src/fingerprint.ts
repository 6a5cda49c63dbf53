import { createHash } from 'node:crypto';
import { findRule } from './catalog.js';
import { compareFindings } from './finding.js';
import type { Finding } from './types.js';

// A fingerprint names a finding by what it is, not where it is: rule, file and the code of the
// lines the finding covers, with formatting taken out (whitespace, quote style, trailing commas
// and semicolons). Adding or removing lines above or below, re-indenting, re-wrapping the
// flagged statement or changing its quotes keeps it. Identical findings in one file share it;
// `occurrence` numbers them in location order. Line numbers, columns and messages are left out.
// Findings about a whole file (its length, its name) are named by rule and file alone.

/** Name and version of the fingerprint; `v2` hashes the covered code, `v1` hashed the start line. */
export const FINGERPRINT_VERSION = 'plumbline/v2';

/** Number of hex characters kept from the SHA-256 digest (128 bits). */
export const FINGERPRINT_LENGTH = 32;

// Enough code to tell findings apart; an edit deep inside a long flagged block keeps the fingerprint.
const MAX_CODE_CHARACTERS = 200;
// …and a flagged block of thousands of lines is not normalized whole to keep 200 characters of it.
const MAX_LINES = 100;

const LINE_BREAK = /\r\n|\r|\n/;

/** Code with formatting removed: no whitespace (nor BOM), one quote character, no trailing commas or semicolons. */
export function normalizeCode(code: string): string {
  return code.replace(/\s+/g, '').replace(/['`]/g, '"').replace(/,(?=[)\]}])/g, '').replace(/;/g, '');
}

function hashOf(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

// An empty range marks no code (a file or module name); wholeFile rules report a line that moves.
function describesFile(finding: Finding): boolean {
  const { startLine, startColumn, endLine, endColumn } = finding.location;
  if (startLine === endLine && startColumn === endColumn) return true;
  return findRule(finding.ruleId)?.wholeFile === true;
}

/** The normalized code a finding's fingerprint is built from: the whole lines it covers. */
export function fingerprintCode(finding: Finding, lines: readonly string[]): string {
  if (describesFile(finding)) return '';
  const { startLine, endLine } = finding.location;
  const last = Math.min(Math.max(startLine, endLine), startLine + MAX_LINES - 1);
  return normalizeCode(lines.slice(startLine - 1, last).join('\n')).slice(0, MAX_CODE_CHARACTERS);
}

/** The fingerprint of a finding with that code: rule, file and code, hashed. */
export function fingerprintOf(finding: Finding, code: string): string {
  return hashOf([finding.ruleId, finding.location.file, code]);
}

/** Sets `fingerprint` and `occurrence` on each finding of one file, given that file's text; keeps the input order. */
export function fingerprintFindings(findings: readonly Finding[], text: string): Finding[] {
  // splitting on a string is several times faster than on a regular expression
  const lines = text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n');
  const seen = new Map<string, number>();
  const result: Finding[] = [...findings];
  // Occurrences are counted in location order, so the input order never matters.
  const entries = findings.map((finding, index) => ({ finding, index }))
    .sort((a, b) => compareFindings(a.finding, b.finding) || a.index - b.index);
  for (const { finding, index } of entries) {
    const fingerprint = fingerprintOf(finding, fingerprintCode(finding, lines));
    const occurrence = (seen.get(fingerprint) ?? 0) + 1;
    seen.set(fingerprint, occurrence);
    result[index] = { ...finding, fingerprint, occurrence };
  }
  return result;
}

/** The per-result id written to SARIF `partialFingerprints` and GitLab: `<fingerprint>:<occurrence>`. */
export function resultFingerprint(finding: Finding): string | undefined {
  if (!finding.fingerprint) return undefined;
  return `${finding.fingerprint}:${finding.occurrence ?? 1}`;
}
