import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog, docsUrl, presetEntry } from '@plumbline/core';
import { describe, expect, it } from 'vitest';
import { longGoFunction, longPythonFunction, plumbline, project } from './run.js';
import { sarifErrors } from '../support/sarif-schema.js';

interface Sarif { runs: { tool: { driver: { rules: { id: string }[] } }; results: Record<string, unknown>[]; automationDetails?: { id: string } }[] }

describe('plumbline scan: SARIF and several outputs', () => {
  it('writes valid SARIF and stylish text in one run', () => {
    // strict without naming-convention (which has its own tests of non-ASCII file names)
    const config = '{ "preset": "strict", "rules": { "naming-convention": "off" } }';
    const dir = project({ 'my app/ordërs.py': longPythonFunction('f', 60), 'svc/main.go': longGoFunction('g', 60), 'plumbline.config.json': config });
    const run = plumbline(['scan', '--format', 'sarif', '--output', 'out/a.sarif', '--format', 'stylish', '--category', 'backend'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('max-function-lines');
    const sarif = JSON.parse(readFileSync(join(dir, 'out/a.sarif'), 'utf8')) as Sarif;
    expect(sarifErrors(sarif)).toEqual([]);
    const [result] = sarif.runs;
    expect(result?.automationDetails?.id).toBe('backend/');
    const strict = catalog.filter((r) => r.id !== 'naming-convention' && (presetEntry(r, 'strict', 'python') || presetEntry(r, 'strict', 'go'))).map((r) => r.id);
    expect(result?.tool.driver.rules.map((r) => r.id)).toEqual(strict);
    expect(result?.results).toHaveLength(2);
    expect(JSON.stringify(result?.results[0])).toContain('"uri":"my%20app/ord%C3%ABrs.py"');
    expect(result?.results[0]).toMatchObject({ ruleId: 'max-function-lines', ruleIndex: 1, level: 'warning' });
  });

  it('writes results: [] when clean', () => {
    const dir = project({ 'a.py': 'x = 1\n' });
    const sarif = JSON.parse(plumbline(['scan', '--format', 'sarif'], dir).stdout) as Sarif;
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]?.results).toEqual([]);
  });

  it('keeps fingerprints when unrelated lines are added above', () => {
    const before = project({ 'a.py': longPythonFunction('f', 60) });
    const after = project({ 'a.py': `import os\n\n\n${longPythonFunction('f', 60)}` });
    const fingerprint = (dir: string): unknown => (JSON.parse(plumbline(['scan', '--format', 'sarif'], dir).stdout) as Sarif).runs[0]?.results[0]?.partialFingerprints;
    expect(fingerprint(before)).toBeDefined();
    expect(fingerprint(after)).toEqual(fingerprint(before));
  });

  it('refuses two formats on standard output', () => {
    const run = plumbline(['scan', '--format', 'json', '--format', 'sarif'], project({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('only one format can go to standard output');
  });
});

describe('plumbline rules and explain', () => {
  it('lists the catalog', () => {
    const run = plumbline(['rules'], project({}));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/max-nesting-depth\s+warning/);
    const json = JSON.parse(plumbline(['rules', '--format', 'json'], project({})).stdout) as { id: string; presets: string[]; docsUrl: string }[];
    expect(json.map((r) => r.id)).toEqual(catalog.map((r) => r.id));
    expect(json.map((r) => r.docsUrl)).toEqual(catalog.map((r) => docsUrl(r.id)));
    // a rule in no preset lists none, not a "-" placeholder
    expect(json.filter((r) => r.presets.length === 0).map((r) => r.id)).toEqual(catalog.filter((r) => !presetEntry(r, 'recommended') && !presetEntry(r, 'strict')).map((r) => r.id));
  });

  it('prints a rule page, and exits 2 for an unknown rule', () => {
    const page = plumbline(['explain', 'max-file-lines'], project({})).stdout;
    expect(page).toContain('## Why is this bad?');
    expect(page).not.toMatch(/\]\(\.{1,2}\//); // relative links become absolute, to work outside the repository
    const unknown = plumbline(['explain', 'max-lines'], project({}));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown rule "max-lines"');
  });
});

describe('plumbline scan: related locations', () => {
  it('point SARIF at the line where a SQL string was built', () => {
    const text = 'def find(cursor, name):\n    sql = "SELECT * FROM users WHERE name = \'%s\'" % name\n    cursor.execute(sql)\n';
    const sarif = JSON.parse(plumbline(['scan', '--format', 'sarif'], project({ 'db.py': text })).stdout) as Sarif;
    expect(sarifErrors(sarif)).toEqual([]);
    const result = sarif.runs[0]?.results[0] as { ruleId: string; relatedLocations: { physicalLocation: { region: { startLine: number } } }[] };
    expect(result.ruleId).toBe('parameterized-sql');
    expect(result.relatedLocations.map((l) => l.physicalLocation.region.startLine)).toEqual([2]);
  });
});
