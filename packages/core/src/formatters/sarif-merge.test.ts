import { describe, expect, it } from 'vitest';
import { sarifErrors } from '../../../../test/support/sarif-schema.js';
import { catalog } from '../catalog.js';
import type { ScanResult } from '../scan-result.js';
import type { Finding, Notice } from '../types.js';
import { toSarifLog } from './sarif.js';
import { mergeSarifLogs } from './sarif-merge.js';

const rules = catalog.filter((rule) => ['max-file-lines', 'max-function-lines', 'no-catch-all'].includes(rule.id));

function finding(file: string, line: number, ruleId: string): Finding {
  return { ruleId, messageId: 'm', message: `${ruleId} at ${line}`, severity: 'warning', location: { file, startLine: line, startColumn: 1, endLine: line, endColumn: 2 } };
}

const findings = [
  finding('a b/é.py', 3, 'max-function-lines'), finding('a b/é.py', 3, 'max-file-lines'), finding('z.go', 1, 'no-catch-all'),
  finding('m.ts', 10, 'no-catch-all'), finding('a b/é.py', 1, 'no-catch-all'),
];
const notices: Notice[] = [
  { level: 'warning', code: 'parse-error', message: 'syntax error', file: 'q.py', line: 2 },
  { level: 'error', code: 'missing-path', message: 'Path does not exist.', file: 'gone' },
];
const result = (part: readonly Finding[], partNotices: readonly Notice[], start: string): ScanResult => ({
  root: '/repo', findings: part, notices: partNotices, filesScanned: part.length, startTime: start, endTime: start.replace('00Z', '30Z'),
  rules: rules.filter((rule) => part.some((f) => f.ruleId === rule.id)),
});

describe('mergeSarifLogs', () => {
  it('merges shards into the single run: rules once, results and notifications in its order, times spanning all', () => {
    const whole = toSarifLog(result(findings, notices, '2026-01-01T10:00:00Z'), { category: 'pl' });
    const shards = [
      toSarifLog(result([findings[2]!, findings[4]!], notices, '2026-01-01T10:00:00Z'), { category: 'pl' }),
      toSarifLog(result([findings[0]!, findings[1]!, findings[3]!], [notices[1]!], '2026-01-01T09:59:00Z'), { category: 'pl' }),
    ];
    const merged = mergeSarifLogs(shards);
    expect(sarifErrors(merged)).toEqual([]);
    const run = merged.runs[0]!;
    expect({ ...merged, runs: [{ ...run, invocations: run.invocations.map((i) => ({ ...i, startTimeUtc: undefined })) }] })
      .toEqual({ ...whole, runs: [{ ...whole.runs[0]!, invocations: whole.runs[0]!.invocations.map((i) => ({ ...i, startTimeUtc: undefined })) }] });
    expect(run.invocations[0]?.startTimeUtc).toBe('2026-01-01T09:59:00Z');
    expect(run.invocations[0]?.endTimeUtc).toBe('2026-01-01T10:00:30Z');
  });

  it('keeps runs of other categories and tools apart', () => {
    const a = toSarifLog(result([findings[0]!], [], '2026-01-01T10:00:00Z'), { category: 'api' });
    const b = toSarifLog(result([findings[2]!], [], '2026-01-01T10:00:00Z'), { category: 'web' });
    const other = { ...a, runs: [{ ...a.runs[0]!, tool: { driver: { ...a.runs[0]!.tool.driver, name: 'other' } } }] };
    expect(mergeSarifLogs([a, b, other]).runs.map((run) => [run.tool.driver.name, run.automationDetails?.id, run.results.length]))
      .toEqual([['plumbline', 'api/', 1], ['plumbline', 'web/', 1], ['other', 'api/', 1]]);
  });

  it('applies the result limit to the merged run and counts what the shards left out', () => {
    const many = (file: string): Finding[] => Array.from({ length: 15_000 }, (_, i) => finding(file, i + 1, 'no-catch-all'));
    const merged = mergeSarifLogs([toSarifLog(result(many('a.py'), [], 'x')), toSarifLog(result(many('b.py'), [], 'x'))]).runs[0]!;
    expect(merged.results).toHaveLength(25_000);
    expect(merged.results.at(-1)?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('b.py');
    expect(merged.invocations[0]?.toolExecutionNotifications.map((n) => n.message.text)).toEqual([
      expect.stringMatching(/^5000 of 30000 results were left out/) as string,
    ]);
  });
});
