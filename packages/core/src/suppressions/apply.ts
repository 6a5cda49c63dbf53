import type { Finding, Notice } from '../types.js';
import type { Directive } from './parse.js';

/** Inputs to applySuppressions for one file. */
export interface SuppressionInput {
  readonly file: string;
  readonly findings: readonly Finding[];
  readonly directives: readonly Directive[];
  readonly knownRuleIds: ReadonlySet<string>; // the catalog
  readonly enabledRuleIds: ReadonlySet<string>; // rules that ran on this file
  readonly reportUnused: boolean;
}

function covers(directive: Directive, finding: Finding): boolean {
  if (!directive.ruleIds.includes(finding.ruleId)) return false;
  return directive.scope === 'file' || directive.targetLine === finding.location.startLine;
}

function notice(file: string, directive: Directive, code: Notice['code'], message: string): Notice {
  return { level: 'warning', code, message, file, line: directive.line };
}

function problemsOf(directive: Directive, input: SuppressionInput, used: ReadonlySet<string>): Notice[] {
  const problems: Notice[] = [];
  if (directive.ruleIds.length === 0) {
    problems.push(notice(input.file, directive, 'unused-suppression', 'plumbline-ignore names no rule; write plumbline-ignore <rule-id> -- reason.'));
  }
  if (!directive.reason) {
    problems.push(notice(input.file, directive, 'suppression-without-reason', 'plumbline-ignore has no reason; add one after "--".'));
  }
  for (const id of directive.ruleIds) {
    if (!input.knownRuleIds.has(id)) {
      problems.push(notice(input.file, directive, 'unused-suppression', `plumbline-ignore names unknown rule "${id}".`));
    } else if (input.reportUnused && input.enabledRuleIds.has(id) && !used.has(id)) {
      problems.push(notice(input.file, directive, 'unused-suppression', `plumbline-ignore for ${id} suppresses nothing; remove it.`));
    }
  }
  return problems;
}

/** Marks findings covered by a directive as suppressed; reports directives without reason or effect. */
export function applySuppressions(input: SuppressionInput): { findings: Finding[]; notices: Notice[] } {
  const usedBy = new Map<Directive, Set<string>>(input.directives.map((d) => [d, new Set<string>()]));
  const findings = input.findings.map((finding) => {
    const directive = input.directives.find((d) => covers(d, finding));
    if (directive) usedBy.get(directive)?.add(finding.ruleId);
    // an engine may have suppressed it already (an eslint-disable comment): that one stays
    if (!directive || finding.suppression) return finding;
    return { ...finding, suppression: { kind: 'inSource' as const, justification: directive.reason } };
  });
  const notices = input.directives.flatMap((d) => problemsOf(d, input, usedBy.get(d) ?? new Set()));
  return { findings, notices };
}
