// SARIF from `plumbline scan` within what GitHub code scanning accepts on upload.
import { catalog, defineRule, type Finding, formatSarif, type ScanResult } from '@plumbline/core';
import { describe, expect, it } from 'vitest';
import { plumbline, REPO } from './run.js';
import { githubSarifProblems } from '../support/github-sarif.js';
import { sarifErrors } from '../support/sarif-schema.js';

const finding = (index: number, related = 0): Finding => ({
  ruleId: `rule-${index % 30_000}`, messageId: 'm', message: 'Bad.', severity: 'warning', fingerprint: 'ab'.repeat(16), occurrence: index + 1,
  location: { file: `src/dir ${index % 7}/file#${index % 13}.py`, startLine: index + 1, startColumn: 1, endLine: index + 1, endColumn: 2 },
  related: Array.from({ length: related }, (_, n) => ({ file: 'src/a.py', startLine: n + 1, startColumn: 1, endLine: n + 1, endColumn: 2 })),
});

describe('SARIF and GitHub code scanning limits', () => {
  it('the check catches what GitHub rejects', () => {
    const bad = { runs: [{ tool: { driver: { rules: [{ properties: { tags: Array.from({ length: 21 }, String) } }] } },
      results: [{ locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///abs/a.py' } } }] },
        { locations: [{ physicalLocation: { artifactLocation: { uri: 'a.py', uriBaseId: 'NOPE' } } }] }] }] };
    expect(githubSarifProblems(JSON.stringify(bad))).toEqual([
      'result 0: URI file:///abs/a.py is not relative', 'result 0: relative URI file:///abs/a.py without uriBaseId',
      'result 1: uriBaseId NOPE is not defined as a file: URI ending in /', 'rule 0: more than 20 tags',
    ]);
  });

  it('a scan of examples/ with the strict preset is valid and within the limits, with relative URIs under %SRCROOT%', () => {
    const sarif = plumbline(['scan', 'examples', '--preset', 'strict', '--format', 'sarif', '--category', 'demo'], REPO).stdout;
    expect(sarifErrors(JSON.parse(sarif))).toEqual([]);
    expect(githubSarifProblems(sarif)).toEqual([]);
    expect(JSON.parse(sarif).runs[0].results.length).toBeGreaterThan(10);
  });

  it('a scan with more results, rules and related locations than GitHub takes is cut to fit and stays valid', () => {
    const rules = Array.from({ length: 25_010 }, (_, index) => defineRule({ ...catalog[0]!, id: `rule-${index}` }));
    const findings = Array.from({ length: 25_020 }, (_, index) => finding(index, index === 0 ? 1_200 : 0));
    const text = formatSarif({ root: '/repo', findings, notices: [], rules, filesScanned: 1 } satisfies ScanResult);
    expect(githubSarifProblems(text)).toEqual([]);
    const run = JSON.parse(text).runs[0];
    expect([run.results.length, run.tool.driver.rules.length]).toEqual([25_000, 25_000]);
    expect(run.invocations[0].toolExecutionNotifications.map((n: { descriptor: { id: string } }) => n.descriptor.id)).toEqual(['result-limit', 'result-limit', 'result-limit']);
  }, 60_000);
});
