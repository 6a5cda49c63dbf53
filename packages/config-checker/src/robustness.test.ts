// Issue #22: what a configuration file cannot do to a scan (cases 6, 7 and the TOML part of 9).
import { type EffectiveRule, findRule, type Language, languageOf, MAX_NESTING_DEPTH, type SourceFile } from '@plumbline/core';
import { describe, expect, it } from 'vitest';
import { configEngine } from './engine.js';

const meta = findRule('no-hardcoded-secrets');
const rules: EffectiveRule[] = [{ id: 'no-hardcoded-secrets', severity: 'error', options: { ...meta?.options.defaults } }];
const check = (relativePath: string, text: string) => {
  const file: SourceFile = { path: `/repo/${relativePath}`, relativePath, text, language: languageOf(relativePath) as Language };
  return configEngine.check(file, rules);
};
const codes = (relativePath: string, text: string): string[] => check(relativePath, text).notices.map((n) => n.code);
const SECRET = 'Zk4pQ8vX2mL7nR9tW3yB6cF1';

describe('case 6: a long flat list is not deep', () => {
  it('reads a YAML list of 130,000 items and reports the password beside it', () => {
    const text = `items:\n${Array.from({ length: 130_000 }, (_, i) => `  - item${i}`).join('\n')}\npassword: ${SECRET}\n`;
    const result = check('big.yaml', text);
    expect(result.notices).toEqual([]);
    expect(result.findings.map((f) => f.location.startLine)).toEqual([130_002]);
  });
});

// Every shape nested exactly to the limit is read; one level more gets the notice, every time.
const SHAPES: [string, (levels: number) => string][] = [
  ['array.json', (n) => `${'['.repeat(n)}"${SECRET}"${']'.repeat(n)}`],
  ['object.json', (n) => `${'{"password":'.repeat(n)}"${SECRET}"${'}'.repeat(n)}`],
  ['flow.yaml', (n) => `${'['.repeat(n)}${']'.repeat(n)}\n`],
  ['block.yaml', (n) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}password:`).join('\n')} ${SECRET}\n`],
  ['compact.yaml', (n) => `${'- '.repeat(n)}x\n`],
  // - a:\n  - a:\n    - a: x, where each `- ` sits at its key's column: two levels a line
  ['mixed.yaml', (n) => `${Array.from({ length: n / 2 }, (_, i) => `${' '.repeat(2 * i)}- a:`).join('\n')} x\n`],
  ['inline.toml', (n) => `a = ${'['.repeat(n)}"x"${']'.repeat(n)}\n`],
];

describe('case 7: nesting has one fixed limit, whatever the stack', () => {
  it.each(SHAPES)('%s: read at the limit, a notice one level past it, the same on every run', (path, nest) => {
    const runs = [0, 1, 2].map(() => [codes(path, nest(MAX_NESTING_DEPTH)), codes(path, nest(MAX_NESTING_DEPTH + 2))]);
    expect(runs).toEqual([0, 1, 2].map(() => [[], ['too-deeply-nested']]));
  });

  it.each(SHAPES)('%s nested 5,000 levels gets the nesting notice', (path, nest) => {
    expect(codes(path, nest(5000))).toEqual(['too-deeply-nested']);
  });
});

describe('case 9: TOML follows TOML 1.0', () => {
  it.each([
    ['redefined table', '[db]\nhost = "a"\n[db]\nport = 1\n', 3],
    ['bad escape', 'name = "a\\qb"\n', 1],
    ['bare value', '[db]\npassword = hunter2secret\n', 2],
  ])('%s is a parse-error notice with its line', (_, text, line) => {
    expect(check('app.toml', text).notices).toEqual([expect.objectContaining({ code: 'parse-error', line })]);
  });
});
