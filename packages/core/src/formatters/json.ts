import { sortFindings } from '../finding.js';
import { VERSION } from '../project.js';
import type { ScanResult } from '../scan-result.js';
import type { BaselineState, Finding, Location, Notice, NoticeCode, Severity, Suppression } from '../types.js';
import { countFindings, sortNotices } from './summary.js';

// The JSON report is a public interface, documented in docs/output-formats.md. Adding a key
// is compatible; renaming, removing or retyping one bumps JSON_REPORT_VERSION.

/** Version of the JSON report shape; bumped on any incompatible change. */
export const JSON_REPORT_VERSION = 1;

/** A place in a repository file; paths are relative to the repository root, with forward slashes. */
export interface JsonLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message?: string;
}

/** One finding in the JSON report. */
export interface JsonFinding extends Omit<JsonLocation, 'message'> {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly related: readonly JsonLocation[];
  readonly suppression?: Suppression;
  readonly fingerprint: string | null;
  readonly occurrence: number | null;
  readonly baselineState?: BaselineState;
}

/** One notice (unreadable file, parse error, limit) in the JSON report. */
export interface JsonNotice {
  readonly level: Notice['level'];
  readonly code: NoticeCode;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

/** The whole JSON report, as `formatJson` writes it. */
export interface JsonReport {
  readonly version: typeof JSON_REPORT_VERSION;
  readonly tool: { readonly name: 'plumbline'; readonly version: string };
  readonly summary: {
    readonly filesScanned: number;
    readonly errors: number;
    readonly warnings: number;
    readonly notes: number;
    readonly suppressed: number;
    readonly baselined: number;
  };
  readonly findings: readonly JsonFinding[];
  readonly notices: readonly JsonNotice[];
}

function toJsonLocation(location: Location): JsonLocation {
  return {
    file: location.file,
    line: location.startLine,
    column: location.startColumn,
    endLine: location.endLine,
    endColumn: location.endColumn,
    message: location.message,
  };
}

function toJsonFinding(finding: Finding): JsonFinding {
  const { location } = finding;
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    message: finding.message,
    file: location.file,
    line: location.startLine,
    column: location.startColumn,
    endLine: location.endLine,
    endColumn: location.endColumn,
    related: (finding.related ?? []).map(toJsonLocation),
    suppression: finding.suppression && { kind: finding.suppression.kind, justification: finding.suppression.justification },
    fingerprint: finding.fingerprint ?? null,
    occurrence: finding.occurrence ?? null,
    baselineState: finding.baselineState,
  };
}

function toJsonNotice(notice: Notice): JsonNotice {
  return { level: notice.level, code: notice.code, message: notice.message, file: notice.file, line: notice.line };
}

/** The JSON report of a scan as data, keys in their documented order; no absolute paths. */
export function toJsonReport(result: ScanResult): JsonReport {
  const { errors, warnings, notes, suppressed, baselined } = countFindings(result.findings);
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: 'plumbline', version: VERSION },
    summary: { filesScanned: result.filesScanned, errors, warnings, notes, suppressed, baselined },
    findings: sortFindings(result.findings).map(toJsonFinding),
    notices: sortNotices(result.notices).map(toJsonNotice),
  };
}

/** The JSON report of a scan: 2-space indentation, trailing newline, stable key order. */
export function formatJson(result: ScanResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}
