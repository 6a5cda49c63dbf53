// Issue #22: what a configuration or a pathological source cannot do to a scan (cases 4 to 8).
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH } from '@plumbline/core';
import { plumbline, project } from './run.js';

interface Json { findings: { file: string; ruleId: string; line: number }[]; notices: { code: string; file?: string; line?: number }[] }
const scan = (dir: string, args: string[] = []): Json => JSON.parse(plumbline(['scan', '--format', 'json', ...args], dir).stdout) as Json;
const codesOf = (json: Json): string[] => json.notices.map((n) => `${n.file ?? ''} ${n.code}`).sort();
const rulesOf = (json: Json): string[] => json.findings.map((f) => `${f.file} ${f.ruleId}`).sort();

describe('case 4: a configured regular expression cannot hang the scan', () => {
  it('exits 2 at load, naming the option and the nested quantifier', () => {
    const config = { rules: { 'no-hardcoded-secrets': { severity: 'error', options: { allowValues: ['(a+)+$'] } } } };
    const run = plumbline(['scan'], project({ 'plumbline.config.json': JSON.stringify(config), 'a.py': 'x = 1\n' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('at rules["no-hardcoded-secrets"].options.allowValues[0]: expected a regular expression without a nested quantifier: `(a+)+`');
  }, 120_000);
});

describe('case 5: one rule never crashes on one file', () => {
  it('checks a Python name of 33,000 characters', () => {
    const name = `Get${'x'.repeat(33_000)}`;
    const json = scan(project({ 'names.py': `def ${name}():\n    pass\n\n\nclass ${name.toLowerCase()}:\n    pass\n` }), ['--preset', 'strict']);
    expect(json.notices).toEqual([]);
    expect(rulesOf(json)).toEqual(['names.py naming-convention', 'names.py naming-convention']);
  }, 120_000);

  it('stops parameterized-sql at the nesting limit with a notice; the other rules still report', () => {
    const chain = (count: number): string => `"SELECT 1"${' + "a"'.repeat(count)}`;
    // ten terms a line, so that the JS file does not look minified
    const json = scan(project({
      'chain.py': `def f(cur, x):\n    try:\n        cur.execute(${chain(2700)} + x)\n    except:\n        pass\n`,
      'chain.go': `package main\n\nfunc f(db *sql.DB, x string) {\n\tdb.Query(${chain(5100)} + x)\n}\n`,
      'chain.js': `db.query(${chain(2700).replace(/((?: \+ "a"){10})/g, '$1\n')} + x);\n`,
    }));
    expect(codesOf(json)).toEqual(['chain.go too-deeply-nested', 'chain.js too-deeply-nested', 'chain.py too-deeply-nested']);
    expect(rulesOf(json)).toEqual(['chain.py no-catch-all']);
  }, 120_000);
});

describe('case 6: a long flat YAML list is checked', () => {
  it('reports the password beside 130,000 items', () => {
    const list = Array.from({ length: 130_000 }, (_, i) => `  - item${i}`).join('\n');
    const dir = project({ 'plumbline.config.json': JSON.stringify({ rules: { 'no-hardcoded-secrets': 'error' } }), 'values.yaml': `items:\n${list}\npassword: Zk4pQ8vX2mL7nR9tW3yB6cF1\n` });
    const json = scan(dir);
    expect([codesOf(json), json.findings.map((f) => f.line)]).toEqual([[], [130_002]]);
  }, 120_000);
});

describe('case 7: nesting is decided by a count, the same on every scan', () => {
  it('checks a file at the limit and gives one past it a notice, identically three times', () => {
    const nest = (open: string, close: string, levels: number): string => open.repeat(levels) + close.repeat(levels);
    const dir = project({
      'plumbline.config.json': JSON.stringify({ rules: { 'no-hardcoded-secrets': 'error' } }),
      'at-limit.json': nest('[', ']', MAX_NESTING_DEPTH), 'past-limit.json': nest('[', ']', MAX_NESTING_DEPTH + 1),
      'deep.json': nest('[', ']', 5000), 'deep.yaml': `a:\n${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')} x\n`,
      'at-limit.js': `const x = ${nest('[', ']', MAX_NESTING_DEPTH - 5)};\n`, 'past-limit.js': `const x = ${nest('[', ']', MAX_NESTING_DEPTH + 5)};\n`,
      'deep.py': `x = ${nest('(', ')', 5000)}\n`, 'deep.go': `package main\n\nvar x = ${'('.repeat(5000)}1${')'.repeat(5000)}\n`,
    });
    const runs = [1, 2, 3].map(() => plumbline(['scan', '--format', 'json'], dir).stdout);
    expect(new Set(runs).size).toBe(1);
    expect(codesOf(JSON.parse(runs[0]!) as Json)).toEqual(['deep.json too-deeply-nested', 'deep.yaml too-deeply-nested', 'past-limit.js too-deeply-nested', 'past-limit.json too-deeply-nested']);
  }, 120_000);
});

describe('case 8: a JS/TS file too large to parse within the memory budget is skipped, not parsed', () => {
  it('gives 200,000 lines of `x();` a notice and skips a one-line 1.9 MB TS array as generated', () => {
    const array = `export const data = [${Array.from({ length: 380_000 }, (_, i) => String(i % 1000)).join(',')}];\n`;
    const dir = project({ 'calls.js': 'x();\n'.repeat(200_000), 'data.ts': array });
    const json = scan(dir);
    expect(json.notices.map((n) => `${n.file} ${n.code}`)).toEqual(['calls.js file-too-large']);
    expect(json.findings).toEqual([]);
  }, 120_000);
});
