import { compareFindings } from '../finding.js';
import type { Finding } from '../types.js';
import type { BaselineEntry } from './file.js';

/** What a scan covered: entries of other files or rules are neither matched nor fixed. */
export interface BaselineScope {
  /** Repository-relative paths of the files that were checked (read and parsed). */
  readonly files: ReadonlySet<string>;
  /** Rules that ran in the scan. */
  readonly rules: ReadonlySet<string>;
}

/** A scan's findings against a baseline. */
export interface BaselineComparison {
  /** Every finding, with `baselineState` set. */
  readonly findings: readonly Finding[];
  /** Entries (with the counts left over) that matched no finding in the scanned files: fixed. */
  readonly fixed: readonly BaselineEntry[];
}

const keyOf = (rule: string, path: string, fingerprint: string): string => `${rule}\0${path}\0${fingerprint}`;
const entryKey = (entry: BaselineEntry): string => keyOf(entry.rule, entry.path, entry.fingerprint);

const inScope = (entry: BaselineEntry, scope: BaselineScope): boolean => scope.files.has(entry.path) && scope.rules.has(entry.rule);

function countsOf(entries: readonly BaselineEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entryKey(entry), (counts.get(entryKey(entry)) ?? 0) + entry.count);
  return counts;
}

/** The baseline entries of a scan's unsuppressed findings: one per rule, file and fingerprint, with a count. */
export function baselineEntriesOf(findings: readonly Finding[]): BaselineEntry[] {
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    if (finding.suppression || !finding.fingerprint) continue;
    const entry = { rule: finding.ruleId, path: finding.location.file, fingerprint: finding.fingerprint, count: 1 };
    const known = entries.get(entryKey(entry));
    entries.set(entryKey(entry), known ? { ...known, count: known.count + 1 } : entry);
  }
  return [...entries.values()];
}

// Unsuppressed findings first, in location order, so the first `count` of a kind are the baselined ones;
// a suppressed finding uses up what is left, so its entry is not reported as fixed while the code is there.
function matchOrder(findings: readonly Finding[]): number[] {
  return findings.map((_, index) => index)
    .sort((a, b) => Number(Boolean(findings[a]?.suppression)) - Number(Boolean(findings[b]?.suppression))
      || compareFindings(findings[a]!, findings[b]!) || a - b);
}

/** Marks each finding `new` or `unchanged` against the baseline and lists the entries no finding matched. */
export function compareWithBaseline(findings: readonly Finding[], baseline: readonly BaselineEntry[], scope: BaselineScope): BaselineComparison {
  const left = countsOf(baseline);
  const marked: Finding[] = [...findings];
  for (const index of matchOrder(findings)) {
    const finding = findings[index]!;
    const key = finding.fingerprint && keyOf(finding.ruleId, finding.location.file, finding.fingerprint);
    const available = key ? left.get(key) ?? 0 : 0;
    if (key && available > 0) left.set(key, available - 1);
    marked[index] = { ...finding, baselineState: available > 0 ? 'unchanged' : 'new' };
  }
  const fixed = baseline.filter((entry) => inScope(entry, scope)).flatMap((entry) => {
    const count = Math.min(entry.count, left.get(entryKey(entry)) ?? 0);
    left.set(entryKey(entry), (left.get(entryKey(entry)) ?? 0) - count);
    return count > 0 ? [{ ...entry, count }] : [];
  });
  return { findings: marked, fixed };
}

/** The baseline after `--update-baseline`: this scan's findings, plus the old entries the scan did not cover. */
export function updateBaseline(old: readonly BaselineEntry[], findings: readonly Finding[], scope: BaselineScope): BaselineEntry[] {
  return [...old.filter((entry) => !inScope(entry, scope)), ...baselineEntriesOf(findings)];
}

/** The baseline after `--prune-baseline`: the old entries without the fixed counts; nothing new is added. */
export function pruneBaseline(old: readonly BaselineEntry[], fixed: readonly BaselineEntry[]): BaselineEntry[] {
  const drop = countsOf(fixed);
  return old.flatMap((entry) => {
    const removed = Math.min(entry.count, drop.get(entryKey(entry)) ?? 0);
    drop.set(entryKey(entry), (drop.get(entryKey(entry)) ?? 0) - removed);
    return entry.count > removed ? [{ ...entry, count: entry.count - removed }] : [];
  });
}
