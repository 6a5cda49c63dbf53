import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { RuleMeta } from '../define-rule.js';
import { sortFindings } from '../finding.js';
import { HOMEPAGE, VERSION } from '../project.js';
import type { ScanResult } from '../scan-result.js';
import type { Finding } from '../types.js';
import { limitNotifications, toNotification } from './sarif-notifications.js';
import type { SarifCuts } from './sarif-notifications.js';
import { SRCROOT, toSarifResult } from './sarif-results.js';
import { toSarifRule } from './sarif-rules.js';
import type { SarifLog, SarifRun } from './sarif-types.js';
import { sortNotices } from './summary.js';

/** Options of the SARIF formatter. */
export interface SarifOptions {
  /** GitHub code scanning category; written as `automationDetails.id` `<category>/`. */
  readonly category?: string;
  /** Write suppressed findings too, with `suppressions`; default false. */
  readonly includeSuppressed?: boolean;
  /** Rule id → Markdown of its docs page, for each rule's `help`. */
  readonly help?: ReadonlyMap<string, string>;
  /** Most results written; the rest are dropped with a notification. Default 25000. */
  readonly maxResults?: number;
}

/** The SARIF 2.1.0 schema URI GitHub documents for `$schema`. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub code scanning's limits per run that formatSarif keeps to. */
export const SARIF_LIMITS = { results: 25_000, rules: 25_000, relatedLocationsPerResult: 10 } as const;

/** GitHub code scanning rejects uploads whose gzip-compressed SARIF is larger than 10 MB. */
export const SARIF_UPLOAD_LIMIT_BYTES = 10_000_000;

/** Size in bytes of the SARIF text once gzip-compressed, as GitHub counts it for the upload limit. */
export function sarifUploadSize(text: string): number {
  return gzipSync(text).length;
}

const byId = (a: RuleMeta, b: RuleMeta): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// The findings that become results: sorted, suppressed ones only when asked, at most maxResults.
function selectFindings(result: ScanResult, options: SarifOptions): { kept: Finding[]; total: number } {
  const candidates = sortFindings(result.findings).filter((finding) => options.includeSuppressed || !finding.suppression);
  const max = Math.max(0, options.maxResults ?? SARIF_LIMITS.results);
  return { kept: candidates.slice(0, max), total: candidates.length };
}

function relatedCuts(findings: readonly Finding[]): { cut: number; results: number } {
  const over = findings.map((f) => (f.related?.length ?? 0) - SARIF_LIMITS.relatedLocationsPerResult).filter((n) => n > 0);
  return { cut: over.reduce((sum, n) => sum + n, 0), results: over.length };
}

function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function automationDetails(category: string | undefined): SarifRun['automationDetails'] {
  if (!category) return undefined;
  return { id: category.endsWith('/') ? category : `${category}/` };
}

/** The SARIF log of a scan as data: one run, keys in output order. */
export function toSarifLog(result: ScanResult, options: SarifOptions = {}): SarifLog {
  const allRules = [...result.rules].sort(byId);
  const rules = allRules.slice(0, SARIF_LIMITS.rules);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const { kept, total } = selectFindings(result, options);
  const related = relatedCuts(kept);
  const cuts: SarifCuts = {
    results: total - kept.length, maxResults: options.maxResults ?? SARIF_LIMITS.results, totalResults: total,
    rules: allRules.length - rules.length, maxRules: SARIF_LIMITS.rules,
    relatedLocations: related.cut, resultsWithCutRelated: related.results,
    maxRelatedLocations: SARIF_LIMITS.relatedLocationsPerResult,
  };
  const run: SarifRun = {
    tool: {
      driver: {
        name: 'plumbline', semanticVersion: VERSION, version: VERSION, informationUri: HOMEPAGE,
        rules: rules.map((rule) => toSarifRule(rule, options.help?.get(rule.id))),
      },
    },
    automationDetails: automationDetails(options.category),
    invocations: [{
      executionSuccessful: true,
      startTimeUtc: result.startTime,
      endTimeUtc: result.endTime,
      toolExecutionNotifications: [...sortNotices(result.notices).map(toNotification), ...limitNotifications(cuts)],
    }],
    originalUriBaseIds: { [SRCROOT]: { uri: rootUri(result.root) } },
    columnKind: 'utf16CodeUnits',
    results: kept.map((finding) => toSarifResult(finding, ruleIndex.get(finding.ruleId), SARIF_LIMITS.relatedLocationsPerResult)),
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

/** SARIF 2.1.0 for GitHub code scanning: 2-space indentation, trailing newline, stable key order. */
export function formatSarif(result: ScanResult, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarifLog(result, options), null, 2)}\n`;
}
