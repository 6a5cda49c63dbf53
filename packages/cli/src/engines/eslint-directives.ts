// ESLint's own comments in `plumbline scan`: ESLint's Linter applies `eslint-disable`,
// `eslint-disable-line`, `eslint-disable-next-line` and `eslint-enable` exactly as ESLint does, and
// hands back what they suppressed and which of them suppressed nothing. Here they become
// suppressed findings and `unused-suppression` notices, like plumbline-ignore comments.
import type { Notice, SourceFile, Suppression } from '@plumbline/core';
import type { Linter } from 'eslint';

const PREFIX = '@plumbline/';

/** The suppression of a message ESLint suppressed: the reason after `--` of the first directive that gives one. */
export function suppressionOf(message: Linter.SuppressedLintMessage): Suppression {
  const justification = message.suppressions.map((s) => s.justification.trim()).find(Boolean) ?? '';
  return { kind: 'inSource', justification };
}

// "Unused eslint-disable directive (no problems were reported from '@plumbline/a' or 'no-console')."
const UNUSED = /^Unused eslint-(disable|enable) directive/;

function unusedMessage(kind: string, id: string): string {
  return kind === 'disable'
    ? `eslint-disable for ${id} suppresses nothing; remove it.`
    : `eslint-enable for ${id} re-enables nothing that was disabled; remove it.`;
}

/**
 * Notices for the directives ESLint found unused, for the Plumbline rules that ran on this file
 * only: a directive for another ESLint rule, or for every rule, may well be used in ESLint itself.
 */
export function unusedDirectiveNotices(messages: readonly Linter.LintMessage[], file: SourceFile, ran: ReadonlySet<string>): Notice[] {
  return messages.flatMap((message) => {
    const kind = message.ruleId === null ? UNUSED.exec(message.message)?.[1] : undefined;
    if (!kind) return [];
    const ids = [...message.message.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '')
      .filter((name) => name.startsWith(PREFIX) && ran.has(name.slice(PREFIX.length)));
    return ids.map((name): Notice => ({
      level: 'warning', code: 'unused-suppression', file: file.relativePath, line: message.line,
      message: unusedMessage(kind, name.slice(PREFIX.length)),
    }));
  });
}
