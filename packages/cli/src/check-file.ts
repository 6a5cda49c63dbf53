import {
  applySuppressions, catalog, compareFindings, type EffectiveRule, type Finding, fingerprintFindings, MAX_FINDINGS_PER_FILE,
  type Notice, parseDirectives, type SourceFile,
} from '@plumbline/core';
import { engineFor } from './engines/index.js';

/** What checking one file gave: findings (suppressed ones marked) and notices. */
export interface FileOutcome {
  readonly findings: readonly Finding[];
  readonly notices: readonly Notice[];
}

const knownRuleIds: ReadonlySet<string> = new Set(catalog.map((rule) => rule.id));

/** Options that shape how one file is checked. */
export interface CheckOptions {
  readonly reportUnusedSuppressions: boolean;
}

/** Checks one source file with the given rules: one engine, one parse, then suppressions and fingerprints. */
export async function checkFile(file: SourceFile, rules: readonly EffectiveRule[], options: CheckOptions): Promise<FileOutcome> {
  if (rules.length === 0) return { findings: [], notices: [] };
  const engine = await engineFor(file.language);
  let result;
  try {
    result = engine.check(file, rules);
  } catch (error) {
    // engines promise not to throw; this keeps one broken file from stopping the scan anyway
    const message = `Internal error while checking this file: ${(error as Error).message}`;
    return { findings: [], notices: [{ level: 'error', code: 'engine-error', message, file: file.relativePath }] };
  }
  const applied = applySuppressions({
    file: file.relativePath,
    findings: result.findings,
    directives: parseDirectives(result.comments),
    knownRuleIds,
    enabledRuleIds: new Set(rules.map((rule) => rule.id)),
    // a file that did not parse has no findings, so every directive in it would look unused
    reportUnused: options.reportUnusedSuppressions && !result.notices.some((n) => n.code === 'parse-error'),
  });
  const { kept, notice } = capFindings(applied.findings, file.relativePath);
  // no findings, no fingerprints: spare splitting the text into lines
  const findings = kept.length > 0 ? fingerprintFindings(kept, file.text) : [];
  // engines report unused directives of their own syntax (eslint-disable); the setting covers them too
  const engineNotices = options.reportUnusedSuppressions ? result.notices : result.notices.filter((n) => n.code !== 'unused-suppression');
  return { findings, notices: [...engineNotices, ...applied.notices, ...(notice ? [notice] : [])] };
}

/** The first MAX_FINDINGS_PER_FILE findings in location order, and a notice when some were dropped. */
export function capFindings(findings: readonly Finding[], file: string): { kept: readonly Finding[]; notice?: Notice } {
  if (findings.length <= MAX_FINDINGS_PER_FILE) return { kept: findings };
  const kept = [...findings].sort(compareFindings).slice(0, MAX_FINDINGS_PER_FILE);
  const last = kept[kept.length - 1]?.location.startLine ?? 0;
  const message = `File has ${findings.length} findings; only the first ${MAX_FINDINGS_PER_FILE} (up to line ${last}) are reported.`;
  return { kept, notice: { level: 'warning', code: 'too-many-findings', message, file } };
}
