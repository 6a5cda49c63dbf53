import { describe, expect, it } from 'vitest';
import type { Finding } from '../types.js';
import type { BaselineEntry } from './file.js';
import { baselineEntriesOf, compareWithBaseline, pruneBaseline, updateBaseline } from './match.js';

const finding = (line: number, fingerprint: string, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'no-catch-all', messageId: 'm', message: 'Bad.', severity: 'warning', fingerprint,
  location: { file: 'a.py', startLine: line, startColumn: 1, endLine: line, endColumn: 2 }, ...extra,
});
const entry = (fingerprint: string, count: number, path = 'a.py', rule = 'no-catch-all'): BaselineEntry => ({ rule, path, fingerprint, count });
const scope = { files: new Set(['a.py']), rules: new Set(['no-catch-all']) };
const states = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.location.startLine} ${f.baselineState ?? '-'}`);

describe('baselineEntriesOf', () => {
  it('counts unsuppressed findings per rule, file and fingerprint', () => {
    const suppressed = finding(9, 'f1', { suppression: { kind: 'inSource', justification: '' } });
    expect(baselineEntriesOf([finding(1, 'f1'), finding(5, 'f2'), finding(3, 'f1'), suppressed])).toEqual([entry('f1', 2), entry('f2', 1)]);
  });
});

describe('compareWithBaseline', () => {
  it('marks the first `count` findings of a fingerprint unchanged and the rest new, in line order', () => {
    const { findings, fixed } = compareWithBaseline([finding(7, 'f1'), finding(2, 'f1'), finding(4, 'f2')], [entry('f1', 1), entry('f2', 1)], scope);
    expect(states(findings)).toEqual(['7 new', '2 unchanged', '4 unchanged']);
    expect(fixed).toEqual([]);
  });

  it('reports entries, or the part of a count, that no finding matched as fixed', () => {
    const { fixed } = compareWithBaseline([finding(2, 'f1')], [entry('f1', 3), entry('gone', 1)], scope);
    expect(fixed).toEqual([entry('f1', 2), entry('gone', 1)]);
  });

  it('never reports entries of files or rules the scan did not cover as fixed', () => {
    const other = [entry('f', 1, 'b.py'), entry('f', 1, 'a.py', 'max-file-lines')];
    expect(compareWithBaseline([], other, scope).fixed).toEqual([]);
  });

  it('lets a suppressed finding use up an entry after the unsuppressed ones, so it is not fixed', () => {
    const suppressed = finding(1, 'f1', { suppression: { kind: 'inSource', justification: 'ok' } });
    const { findings, fixed } = compareWithBaseline([suppressed, finding(5, 'f1')], [entry('f1', 1)], scope);
    expect(states(findings)).toEqual(['1 new', '5 unchanged']);
    expect(compareWithBaseline([suppressed], [entry('f1', 1)], scope)).toMatchObject({ fixed: [] });
    expect(fixed).toEqual([]);
  });

  it('treats a finding without a fingerprint as new', () => {
    expect(states(compareWithBaseline([finding(1, '')], [entry('f1', 1)], scope).findings)).toEqual(['1 new']);
  });
});

describe('updateBaseline and pruneBaseline', () => {
  it('update replaces the covered entries with the findings and keeps the others', () => {
    const old = [entry('f1', 2), entry('x', 1, 'b.py')];
    expect(updateBaseline(old, [finding(1, 'f3')], scope)).toEqual([entry('x', 1, 'b.py'), entry('f3', 1)]);
  });

  it('prune lowers counts by what was fixed and drops empty entries', () => {
    expect(pruneBaseline([entry('f1', 3), entry('f2', 1), entry('f3', 1)], [entry('f1', 1), entry('f2', 1)])).toEqual([entry('f1', 2), entry('f3', 1)]);
  });
});
