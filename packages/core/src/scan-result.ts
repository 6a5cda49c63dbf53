import type { RuleMeta } from './define-rule.js';
import type { Finding, Notice } from './types.js';

/** Everything one scan produced; formatters are pure functions over it. */
export interface ScanResult {
  /** Absolute path that finding paths are relative to (the repository root). */
  readonly root: string;
  /** Sorted with compareFindings; suppressed findings included, marked by `suppression`. */
  readonly findings: readonly Finding[];
  /** Bad files, parse errors, suppression problems, limits; sorted by file then line. */
  readonly notices: readonly Notice[];
  /** Every rule that was enabled for at least one file, sorted by id. */
  readonly rules: readonly RuleMeta[];
  readonly filesScanned: number;
  /** The invocation's start, ISO 8601, for SARIF `invocations`. */
  readonly startTime?: string;
  readonly endTime?: string;
}
