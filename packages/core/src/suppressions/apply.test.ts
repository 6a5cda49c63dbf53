import { describe, expect, it } from 'vitest';
import type { Finding } from '../types.js';
import { applySuppressions } from './apply.js';
import { parseDirectives } from './parse.js';

const finding = (line: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'max-function-lines', messageId: 'tooLong', message: 'Too long.', severity: 'warning',
  location: { file: 'a.ts', startLine: line, startColumn: 1, endLine: line, endColumn: 2 }, ...extra,
});

const apply = (findings: readonly Finding[], comment: string) => applySuppressions({
  file: 'a.ts', findings, directives: parseDirectives([{ text: comment, line: 1, column: 1, endLine: 1 }]),
  knownRuleIds: new Set(['max-function-lines']), enabledRuleIds: new Set(['max-function-lines']), reportUnused: true,
});

describe('applySuppressions', () => {
  it('marks covered findings with the reason', () => {
    const { findings, notices } = apply([finding(2)], '// plumbline-ignore-next-line max-function-lines -- generated');
    expect(findings[0]?.suppression).toEqual({ kind: 'inSource', justification: 'generated' });
    expect(notices).toEqual([]);
  });

  it('keeps a suppression the engine set (eslint-disable) and counts the directive as used', () => {
    const eslint = { kind: 'inSource' as const, justification: 'from eslint-disable' };
    const { findings, notices } = apply([finding(2, { suppression: eslint })], '// plumbline-ignore-next-line max-function-lines -- also here');
    expect(findings[0]?.suppression).toBe(eslint);
    expect(notices).toEqual([]);
  });

  it('reports a directive that suppresses nothing', () => {
    expect(apply([finding(5)], '// plumbline-ignore-next-line max-function-lines -- nothing').notices.map((n) => n.code)).toEqual(['unused-suppression']);
  });
});
