// Runs one fixture file through the same engine router as `plumbline scan` and compares.
import { readFileSync } from 'node:fs';
import { checkFile } from '@plumbline/cli';
import { type Finding, findRule, languageOf, type Notice } from '@plumbline/core';
import { type Annotation, parseFixture, parseSidecar } from './annotations.js';

/** What checking a fixture gave, and the mismatches with its annotations. */
export interface FixtureReport {
  readonly findings: readonly Finding[];
  readonly notices: readonly Notice[];
  readonly annotations: readonly Annotation[];
  readonly problems: readonly string[];
}

function describe(finding: Finding): string {
  return `${finding.location.startLine}:${finding.location.startColumn} ${finding.ruleId}:${finding.messageId} "${finding.message}"`;
}

function matches(annotation: Annotation, finding: Finding): boolean {
  return finding.location.startLine === annotation.target && finding.ruleId === annotation.ruleId
    && (!annotation.messageId || annotation.messageId === finding.messageId);
}

/** Compares findings with annotations: every expect claims one finding, nothing else may fire. */
export function compare(annotations: readonly Annotation[], findings: readonly Finding[]): string[] {
  const unclaimed = [...findings];
  const problems: string[] = [];
  const claim = (annotation: Annotation): boolean => {
    const index = unclaimed.findIndex((finding) => matches(annotation, finding));
    if (index >= 0) unclaimed.splice(index, 1);
    return index >= 0;
  };
  for (const annotation of annotations) {
    const where = `line ${annotation.target} (annotation on line ${annotation.line})`;
    if (annotation.kind === 'expect' && !claim(annotation)) problems.push(`${where}: expected ${annotation.ruleId}${annotation.messageId ? `:${annotation.messageId}` : ''}, got nothing`);
    if (annotation.kind === 'todo-ok' && !claim(annotation)) problems.push(`${where}: todo-ok no longer fires; promote it to ok`);
    if (annotation.kind === 'todo-expect' && claim(annotation)) problems.push(`${where}: todo-expect is now caught; promote it to expect`);
    if (annotation.kind === 'ok' && claim(annotation)) problems.push(`${where}: marked ok but reported`);
  }
  return [...problems, ...unclaimed.map((finding) => `unexpected finding at ${describe(finding)}`)];
}

/** Compares notices with `notice:` annotations: each claims one notice of its code on its line; no other notice may appear. */
export function compareNotices(annotations: readonly Annotation[], notices: readonly Notice[]): string[] {
  const unclaimed = [...notices];
  const problems: string[] = [];
  for (const annotation of annotations.filter((a) => a.kind === 'notice')) {
    const index = unclaimed.findIndex((notice) => notice.code === annotation.ruleId && notice.line === annotation.target);
    if (index >= 0) unclaimed.splice(index, 1);
    else problems.push(`line ${annotation.target}: expected a ${annotation.ruleId} notice, got none`);
  }
  return [...problems, ...unclaimed.map((n) => `notice ${n.code}${n.line ? ` at line ${n.line}` : ''}: ${n.message}`)];
}

/** Checks one fixture with only `ruleId` enabled, at its default severity and the fixture's options. */
export async function runFixture(path: string, relativePath: string, ruleId: string): Promise<FixtureReport> {
  const rule = findRule(ruleId);
  const language = languageOf(path);
  if (!rule || !language) throw new Error(`${relativePath}: no rule ${ruleId} or unknown language`);
  const text = readFileSync(path, 'utf8');
  // JSON has no comments: its annotations live in `<fixture>.annotations` (a missing one throws)
  const { annotations, options } = language === 'json' ? parseSidecar(readFileSync(`${path}.annotations`, 'utf8'), text) : parseFixture(text, language);
  const effective = [{ id: ruleId, severity: rule.severity, options: { ...rule.options.defaults, ...options } }];
  const outcome = await checkFile({ path, relativePath, text, language }, effective, { reportUnusedSuppressions: true });
  const findings = outcome.findings.filter((finding) => !finding.suppression);
  const problems = [...compare(annotations.filter((a) => a.kind !== 'notice'), findings), ...compareNotices(annotations, outcome.notices)];
  return { findings: outcome.findings, notices: outcome.notices, annotations, problems };
}
