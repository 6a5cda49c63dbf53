import { createHash } from 'node:crypto';
import { findRule } from '../catalog.js';
import { sortFindings } from '../finding.js';
import { resultFingerprint } from '../fingerprint.js';
import type { ScanResult } from '../scan-result.js';
import type { Finding } from '../types.js';
import { isActive } from './summary.js';

// GitLab Code Quality: the JSON array a CI job declares as `artifacts:reports:codequality`, read by
// the merge request widget, which compares it with the target branch's report. Fields as GitLab
// documents them for custom tools: description, check_name, fingerprint, severity, location.

/** GitLab's severities, lowest first. */
export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** One issue of a GitLab Code Quality report. */
export interface GitlabIssue {
  readonly description: string;
  readonly check_name: string;
  /** Unique in the report: GitLab shows only the first issue of a fingerprint. */
  readonly fingerprint: string;
  readonly severity: GitlabSeverity;
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

/** An error of a security rule is critical; other errors major, warnings minor, notes info. */
export function gitlabSeverity(finding: Finding): GitlabSeverity {
  if (finding.severity === 'note') return 'info';
  if (finding.severity === 'warning') return 'minor';
  return findRule(finding.ruleId)?.category === 'security' ? 'critical' : 'major';
}

function fingerprintOf(finding: Finding): string {
  const own = resultFingerprint(finding);
  if (own) return own;
  const { file, startLine, startColumn } = finding.location;
  return createHash('sha256').update([finding.ruleId, file, startLine, startColumn].join('\0')).digest('hex').slice(0, 32);
}

/** The Code Quality issues of a scan: active findings only, since the format cannot mark suppressed or baselined ones. */
export function toGitlabReport(result: ScanResult): GitlabIssue[] {
  return sortFindings(result.findings).filter(isActive).map((finding) => ({
    description: finding.message,
    check_name: finding.ruleId,
    fingerprint: fingerprintOf(finding),
    severity: gitlabSeverity(finding),
    location: { path: finding.location.file, lines: { begin: finding.location.startLine } },
  }));
}

/** GitLab Code Quality JSON: 2-space indentation, trailing newline. */
export function formatGitlab(result: ScanResult): string {
  return `${JSON.stringify(toGitlabReport(result), null, 2)}\n`;
}
