import type { Finding, Notice } from '../types.js';

/** How many findings a scan has: active ones by severity, the suppressed and the baselined ones. */
export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  readonly suppressed: number;
  readonly baselined: number;
}

/** Whether a finding counts: not suppressed and not already in the baseline. */
export function isActive(finding: Finding): boolean {
  return !finding.suppression && finding.baselineState !== 'unchanged';
}

/** Counts findings by severity; suppressed findings count only as suppressed, baselined ones as baselined. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = { errors: 0, warnings: 0, notes: 0, suppressed: 0, baselined: 0 };
  for (const finding of findings) {
    if (finding.suppression) counts.suppressed += 1;
    else if (finding.baselineState === 'unchanged') counts.baselined += 1;
    else if (finding.severity === 'error') counts.errors += 1;
    else if (finding.severity === 'warning') counts.warnings += 1;
    else counts.notes += 1;
  }
  return counts;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders notices: run-wide ones (no file) first, then by file, line, code and message. */
export function compareNotices(a: Notice, b: Notice): number {
  if (a.file === undefined || b.file === undefined) {
    if (a.file !== b.file) return a.file === undefined ? -1 : 1;
  } else if (a.file !== b.file) {
    return byText(a.file, b.file);
  }
  return (a.line ?? 0) - (b.line ?? 0) || byText(a.code, b.code) || byText(a.message, b.message);
}

/** A sorted copy of the notices. */
export function sortNotices(notices: readonly Notice[]): Notice[] {
  return [...notices].sort(compareNotices);
}

/** A count with its noun, in the singular for one: `1 error`, `2 errors`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
