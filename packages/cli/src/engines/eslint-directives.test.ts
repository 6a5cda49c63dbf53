// `plumbline scan` and ESLint must agree on what an eslint-disable comment suppresses. ESLint
// itself is the oracle: each case is linted by a plain Linter configured as a user would
// configure the plugin, and by the scan's engine; the findings they leave must be the same.
import type { EffectiveRule, SourceFile } from '@plumbline/core';
import plumbline from '@plumbline/eslint-plugin';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { eslintEngine } from './eslint.js';

const RULES: EffectiveRule[] = [
  { id: 'max-function-lines', severity: 'warning', options: { max: 2, skipBlankLines: true, skipComments: true } },
  { id: 'max-nesting-depth', severity: 'warning', options: { max: 3 } },
];
const fn = (name: string, tail = ''): string => `function ${name}() {${tail}\n  a();\n  b();\n  c();\n}\n`;

// What ESLint reports for the plugin's rules: `rule:line` unsuppressed, `rule:line:justification` suppressed.
function oracle(code: string): { active: string[]; suppressed: string[]; unused: number[] } {
  const linter = new Linter({ cwd: '/' });
  const rules = Object.fromEntries(RULES.map((rule): [string, Linter.RuleEntry] => [`@plumbline/${rule.id}`, ['error', rule.options]]));
  const messages = linter.verify(code, [{ plugins: { '@plumbline': plumbline }, rules, linterOptions: { reportUnusedDisableDirectives: 'warn' } }], { filename: '/repo/a.js' });
  const suppressed = (linter as Linter & { getSuppressedMessages(): Linter.SuppressedLintMessage[] }).getSuppressedMessages();
  const ours = (m: Linter.LintMessage): boolean => m.ruleId?.startsWith('@plumbline/') === true;
  return {
    active: messages.filter(ours).map((m) => `${m.ruleId?.slice(11)}:${m.line}`),
    suppressed: suppressed.filter(ours).map((m) => `${m.ruleId?.slice(11)}:${m.line}:${m.suppressions.map((s) => s.justification).find(Boolean) ?? ''}`),
    unused: messages.filter((m) => m.ruleId === null && m.message.includes("'@plumbline/")).map((m) => m.line),
  };
}

function scan(code: string): { active: string[]; suppressed: string[]; unused: number[] } {
  const file: SourceFile = { path: '/repo/a.js', relativePath: 'a.js', text: code, language: 'javascript' };
  const result = eslintEngine.check(file, RULES);
  return {
    active: result.findings.filter((f) => !f.suppression).map((f) => `${f.ruleId}:${f.location.startLine}`),
    suppressed: result.findings.filter((f) => f.suppression).map((f) => `${f.ruleId}:${f.location.startLine}:${f.suppression?.justification ?? ''}`),
    unused: result.notices.filter((n) => n.code === 'unused-suppression').map((n) => n.line ?? 0),
  };
}

const CASES: [string, string][] = [
  ['a block disable of every rule', `/* eslint-disable */\n${fn('f')}`],
  ['disable and enable of one rule with a reason', `/* eslint-disable @plumbline/max-function-lines -- generated */\n${fn('f')}/* eslint-enable @plumbline/max-function-lines */\n${fn('g')}`],
  ['next-line with a reason', `// eslint-disable-next-line @plumbline/max-function-lines -- wiring only\n${fn('f')}${fn('g')}`],
  ['same line', fn('f', ' // eslint-disable-line @plumbline/max-function-lines')],
  ['a line comment eslint-disable, which is not a directive', `// eslint-disable @plumbline/max-function-lines\n${fn('f')}`],
  ['a block next-line naming two rules', `/* eslint-disable-next-line no-console, @plumbline/max-function-lines */\n${fn('f')}`],
  ['a next-line block comment over two lines', `/* eslint-disable-next-line\n   @plumbline/max-function-lines */\n${fn('f')}`],
  ['a directive for another rule only, unused', `// eslint-disable-next-line @plumbline/max-nesting-depth\n${fn('f')}`],
  ['disable all, then enable one rule', `/* eslint-disable */\n/* eslint-enable @plumbline/max-function-lines */\n${fn('f')}`],
  ['an unknown plugin rule beside ours', `// eslint-disable-next-line react/no-danger, @plumbline/max-function-lines -- legacy\n${fn('f')}`],
  ['a directive after the finding on its line', `${fn('f').replace('{', '{ /* eslint-disable */')}`],
  ['an unused enable', `/* eslint-enable @plumbline/max-function-lines */\n${fn('f')}`],
  ['an inline configuration comment turning the rule off', `/* eslint @plumbline/max-function-lines: "off" */\n${fn('f')}`],
  ['a malformed inline configuration comment', `/* eslint @plumbline/max-function-lines: [ */\n${fn('f')}`],
];

describe('eslint-disable comments in the scan engine', () => {
  it.each(CASES)('agree with ESLint: %s', (_, code) => {
    expect(scan(code)).toEqual(oracle(code));
  });

  it('keep suppressed findings with the reason after --, rather than dropping them', () => {
    expect(scan(CASES[1]![1]).suppressed).toEqual(['max-function-lines:2:generated']);
    expect(scan(CASES[2]![1])).toMatchObject({ active: ['max-function-lines:7'], suppressed: ['max-function-lines:2:wiring only'] });
  });

  it('follow /* eslint */ configuration comments as ESLint does, and survive a malformed one', () => {
    expect(scan(CASES[12]![1])).toEqual({ active: [], suppressed: [], unused: [] });
    expect(scan(CASES[13]![1]).active).toEqual(['max-function-lines:2']);
  });

  it('report unused directives only for plugin rules that ran on the file', () => {
    const code = `// eslint-disable-next-line no-console, @plumbline/naming-convention\n${fn('f')}/* eslint-disable */\n`;
    expect(scan(code).unused).toEqual([]);
    expect(scan(CASES[7]![1]).unused).toEqual([1]);
  });
});
