import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sarifErrors } from '../../../../test/support/sarif-schema.js';
import { catalog } from '../catalog.js';
import type { RuleMeta } from '../define-rule.js';
import type { ScanResult } from '../scan-result.js';
import type { Finding, Location } from '../types.js';
import { formatSarif, SARIF_UPLOAD_LIMIT_BYTES, sarifUploadSize, toSarifLog } from './sarif.js';
import type { SarifOptions } from './sarif.js';
import type { SarifLog, SarifNotification, SarifRun } from './sarif-types.js';


const rule = (id: string): RuleMeta => {
  const meta = catalog.find((candidate) => candidate.id === id);
  if (!meta) throw new Error(`no rule ${id}`);
  return meta;
};
const at = (file: string, line: number, column: number, message?: string): Location => ({
  file, startLine: line, startColumn: column, endLine: line, endColumn: column + 3, message,
});
const NESTED = 'src/café/naïve#1.ts';

const scan: ScanResult = {
  root: '/home/dev/my repo',
  findings: [
    { ruleId: 'max-function-lines', messageId: 'tooLong', severity: 'warning', location: at('src/db/user queries.py', 12, 5),
      message: 'Function load_users has 61 code lines; the limit is 50. Extract smaller functions.', fingerprint: 'a'.repeat(32) },
    { ruleId: 'max-nesting-depth', messageId: 'tooDeep', severity: 'error', location: at(NESTED, 40, 9),
      message: 'Blocks are nested 4 deep here; the limit is 3. Return early or extract a function.', fingerprint: 'b'.repeat(32), occurrence: 2,
      related: [at(NESTED, 31, 3, 'outer loop [level 1]'), at(NESTED, 35, 5, 'second level.')] },
    { ruleId: 'max-file-lines', messageId: 'tooLong', severity: 'warning', location: at('src/legacy/big.go', 151, 1),
      message: 'File has 180 code lines; the limit is 150. Split it by responsibility.',
      suppression: { kind: 'inSource', justification: 'table data; split planned' } },
  ],
  notices: [
    { level: 'error', code: 'parse-error', message: 'Could not parse: unexpected token.', file: 'src/broken file.py', line: 7 },
    { level: 'warning', code: 'unreadable-file', message: 'Permission denied.', file: 'config/ключ.env' },
    { level: 'note', code: 'no-files', message: 'No files matched vendor/**.' },
  ],
  rules: [rule('max-nesting-depth'), rule('max-file-lines'), rule('max-function-lines')],
  filesScanned: 4,
  startTime: '2025-01-02T03:04:05.000Z',
  endTime: '2025-01-02T03:04:06.500Z',
};

// Writes the SARIF text, checks it against the schema and returns its one run.
const sarifRun = (result: ScanResult, options?: SarifOptions): SarifRun => {
  const log: unknown = JSON.parse(formatSarif(result, options));
  expect(sarifErrors(log)).toEqual([]);
  const { runs } = log as SarifLog;
  expect(runs).toHaveLength(1);
  if (!runs[0]) throw new Error('no run');
  return runs[0];
};
const notifications = (run: SarifRun): readonly SarifNotification[] => run.invocations[0]?.toolExecutionNotifications ?? [];
const [longFunction, deepNesting] = scan.findings as [Finding, Finding, Finding];

describe('formatSarif', () => {
  it('is checked against a schema that rejects invalid logs', () => {
    expect(sarifErrors({ version: '2.0.0', runs: [{}] })).not.toEqual([]);
  });

  it('writes a valid SARIF 2.1.0 log with one run for GitHub code scanning', () => {
    expect(JSON.parse(formatSarif(scan))).toMatchObject({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0' });
    const run = sarifRun(scan, { category: 'backend' });
    expect(run.tool.driver).toMatchObject({ name: 'plumbline', semanticVersion: '0.1.0', version: '0.1.0' });
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['max-file-lines', 'max-function-lines', 'max-nesting-depth']);
    expect(run.automationDetails).toEqual({ id: 'backend/' });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/dev/my%20repo/' } });
    expect(run.invocations[0]).toMatchObject({ executionSuccessful: true, startTimeUtc: scan.startTime, endTimeUtc: scan.endTime });
    expect(sarifRun(scan).automationDetails).toBeUndefined();
  });

  it('maps findings to results with encoded relative URIs, regions, links and fingerprints', () => {
    const run = sarifRun(scan);
    expect(run.results).toHaveLength(2);
    const [nested, long] = run.results;
    expect(long?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'src/db/user%20queries.py', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 8 },
    });
    expect(nested).toMatchObject({ ruleId: 'max-nesting-depth', level: 'error', partialFingerprints: { 'plumbline/v2': `${'b'.repeat(32)}:2` } });
    expect(run.tool.driver.rules[nested?.ruleIndex ?? -1]?.id).toBe('max-nesting-depth');
    expect(run.tool.driver.rules[long?.ruleIndex ?? -1]?.id).toBe('max-function-lines');
    expect(nested?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('src/caf%C3%A9/na%C3%AFve%231.ts');
    expect(nested?.message.text).toBe(`${deepNesting.message} See [outer loop \\[level 1\\]](1), [second level](2).`);
    expect(nested?.relatedLocations?.map((l) => [l.id, l.message?.text])).toEqual([[1, 'outer loop [level 1]'], [2, 'second level.']]);
    expect(long?.relatedLocations).toBeUndefined();
  });

  it('writes results: [] for a clean run', () => {
    const clean: ScanResult = { ...scan, findings: [], notices: [] };
    expect(formatSarif(clean)).toContain('"results": []');
    expect(sarifRun(clean).results).toEqual([]);
  });

});

describe('formatSarif: suppressions, notices and limits', () => {
  it('leaves suppressed findings out by default and writes them with suppressions when asked', () => {
    expect(sarifRun(scan).results.some((r) => r.ruleId === 'max-file-lines')).toBe(false);
    const { results } = sarifRun(scan, { includeSuppressed: true });
    expect(results).toHaveLength(3);
    expect(results[2]).toMatchObject({ ruleId: 'max-file-lines', suppressions: [{ kind: 'inSource', justification: 'table data; split planned' }] });
    expect(results[0]?.suppressions).toBeUndefined();
  });

  it('writes notices as tool execution notifications', () => {
    const [general, unreadable, parse] = notifications(sarifRun(scan));
    expect([general, unreadable, parse].map((n) => n?.descriptor.id)).toEqual(['no-files', 'unreadable-file', 'parse-error']);
    expect(general).toEqual({ descriptor: { id: 'no-files' }, level: 'note', message: { text: 'No files matched vendor/**.' } });
    expect(unreadable?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'config/%D0%BA%D0%BB%D1%8E%D1%87.env', uriBaseId: '%SRCROOT%' },
    });
    expect(parse?.locations?.[0]?.physicalLocation.region).toEqual({ startLine: 7 });
  });

  it('keeps the first maxResults results and says how many were dropped', () => {
    const run = sarifRun(scan, { maxResults: 1 });
    expect(run.results.map((r) => r.ruleId)).toEqual(['max-nesting-depth']);
    const limit = notifications(run).find((n) => n.descriptor.id === 'result-limit');
    expect(limit).toMatchObject({ level: 'warning', message: { text: expect.stringContaining('1 of 2 results were left out') } });
  });

  it('keeps to 25000 results per run by default', () => {
    const many: Finding[] = Array.from({ length: 25_001 }, (_, index) => ({ ...longFunction, location: at('a.py', index + 1, 1) }));
    const [run] = toSarifLog({ ...scan, findings: many, notices: [] }).runs;
    expect(run?.results).toHaveLength(25_000);
    expect(run?.results.at(-1)?.locations[0]?.physicalLocation.region?.startLine).toBe(25_000);
    expect(run && notifications(run)[0]?.message.text).toContain('1 of 25001 results were left out');
  });

  it('writes at most 10 related locations per result', () => {
    const related = Array.from({ length: 12 }, (_, index) => at(NESTED, index + 1, 1, `step ${index + 1}`));
    const run = sarifRun({ ...scan, findings: [{ ...deepNesting, related }], notices: [] });
    expect(run.results[0]?.relatedLocations).toHaveLength(10);
    expect(run.results[0]?.message.text).toContain('[step 10](10).');
    expect(notifications(run)[0]?.message.text).toContain('2 related locations left out of 1 result');
  });

  it('is deterministic, 2-space indented and ends with a newline', () => {
    const text = formatSarif(scan, { includeSuppressed: true });
    const shuffled = { ...scan, findings: [...scan.findings].reverse(), rules: [...scan.rules].reverse() };
    expect(formatSarif(shuffled, { includeSuppressed: true })).toBe(text);
    expect(text.startsWith('{\n  "$schema": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('sarifUploadSize', () => {
  it('measures the gzip-compressed size that GitHub limits to 10 MB', () => {
    const text = formatSarif(scan);
    expect(sarifUploadSize(text)).toBe(gzipSync(text).length);
    expect(sarifUploadSize(text)).toBeLessThan(text.length);
    expect(SARIF_UPLOAD_LIMIT_BYTES).toBe(10_000_000);
  });
});
