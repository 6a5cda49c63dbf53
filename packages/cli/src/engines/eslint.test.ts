import type { EffectiveRule, Language, SourceFile } from '@plumbline/core';
import { describe, expect, it } from 'vitest';
import { eslintEngine } from './eslint.js';

const LANGUAGE: Record<string, Language> = { js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript', ts: 'typescript', tsx: 'typescript' };

function source(relativePath: string, text: string): SourceFile {
  const extension = relativePath.slice(relativePath.lastIndexOf('.') + 1);
  return { path: `/repo/${relativePath}`, relativePath, text, language: LANGUAGE[extension] ?? 'javascript' };
}

const functionLines = (max: number, severity: EffectiveRule['severity'] = 'warning'): EffectiveRule => ({
  id: 'max-function-lines', severity, options: { max, skipBlankLines: true, skipComments: true },
});
const nestingDepth = (max: number): EffectiveRule => ({ id: 'max-nesting-depth', severity: 'error', options: { max } });

const LONG_FUNCTION = 'function load() {\n  a();\n  b();\n}\n';

describe('eslintEngine findings', () => {
  it('maps ESLint messages to findings with the rule severity and the relative path', () => {
    const result = eslintEngine.check(source('src/load.js', LONG_FUNCTION), [functionLines(3, 'note')]);
    expect(result.notices).toEqual([]);
    expect(result.findings).toEqual([{
      ruleId: 'max-function-lines',
      messageId: 'tooLong',
      message: 'Function load has 4 code lines; the limit is 3. Extract smaller functions.',
      severity: 'note',
      location: { file: 'src/load.js', startLine: 1, startColumn: 10, endLine: 1, endColumn: 14 },
    }]);
  });

  it('runs every given rule in one pass, each with its own options', () => {
    const code = 'function f() {\n  if (a) {\n    if (b) {}\n  }\n}\n';
    const result = eslintEngine.check(source('a.ts', code), [functionLines(2), nestingDepth(1)]);
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.location.startLine])).toEqual([
      ['max-function-lines', 'warning', 1],
      ['max-nesting-depth', 'error', 3],
    ]);
    expect(eslintEngine.check(source('a.ts', code), [functionLines(10), nestingDepth(5)]).findings).toEqual([]);
  });

});

describe('eslintEngine parsing', () => {
  it.each([
    ['JSX in a .js file', 'app.js', 'export function View() {\n  return <div>{items}</div>;\n}\n'],
    ['CommonJS with a top-level return', 'legacy.cjs', 'const a = require("a");\nif (!a) return;\nmodule.exports = a;\n'],
    ['TypeScript generics and casts', 'types.ts', 'const f = <T,>(x: T): T => x;\nconst y = <number>z;\nenum E { A }\n'],
    ['TSX', 'view.tsx', 'export const View = ({ n }: { n: number }) => <b>{n}</b>;\n'],
    ['a file under node_modules', 'node_modules/dep/index.js', 'module.exports = 1;\n'],
  ])('parses %s', (_, path, code) => {
    const result = eslintEngine.check(source(path, code), [functionLines(1)]);
    expect(result.notices).toEqual([]);
  });

});

describe('eslintEngine comments', () => {
  it('returns comments with their markers and 1-based positions', () => {
    const code = '#!/usr/bin/env node\nrun(); // plumbline-ignore max-function-lines -- legacy\n  /* one\n     two */\n';
    expect(eslintEngine.check(source('bin.js', code), [functionLines(3)]).comments).toEqual([
      { text: '#!/usr/bin/env node', line: 1, column: 1, endLine: 1 },
      { text: '// plumbline-ignore max-function-lines -- legacy', line: 2, column: 8, endLine: 2 },
      { text: '/* one\n     two */', line: 3, column: 3, endLine: 4 },
    ]);
  });

  it('keeps findings that eslint-disable comments suppress, marked with the reason (see eslint-directives.test.ts)', () => {
    const code = `/* eslint-disable */\n// eslint-disable-next-line @plumbline/max-function-lines -- table of routes\n${LONG_FUNCTION}`;
    const result = eslintEngine.check(source('a.js', code), [functionLines(3)]);
    expect(result.findings.map((f) => [f.ruleId, f.suppression])).toEqual([['max-function-lines', { kind: 'inSource', justification: 'table of routes' }]]);
    // as in ESLint: the block comment suppressed it first, so the line comment counts as unused
    expect(result.notices).toEqual([{ level: 'warning', code: 'unused-suppression', file: 'a.js', line: 2, message: 'eslint-disable for max-function-lines suppresses nothing; remove it.' }]);
  });

});

describe('eslintEngine on bad input', () => {
  it('turns a syntax error into a parse-error notice and no findings', () => {
    const result = eslintEngine.check(source('src/bad.ts', `${LONG_FUNCTION}const x = ;\n`), [functionLines(1)]);
    expect(result).toEqual({
      findings: [],
      comments: [],
      notices: [{
        level: 'warning', code: 'parse-error', file: 'src/bad.ts', line: 5,
        message: 'TS syntax error at line 5 (Expression expected); the file was not checked.',
      }],
    });
  });

  it.each([
    ['blocks', `${'if (a) {'.repeat(5000)}${'}'.repeat(5000)}`],
    ['an expression', `x = ${'['.repeat(5000)}${']'.repeat(5000)};`],
    ['a concatenation', `x = ${'a + '.repeat(5000)}a;`],
    ['unbraced statements', `${'if (a) '.repeat(5000)}x();`],
  ])('reports 5,000-deep %s as too deeply nested instead of crashing', (_, code) => {
    const result = eslintEngine.check(source('deep.js', code), [functionLines(3), nestingDepth(3)]);
    expect(result.findings).toEqual([]);
    expect(result.notices).toEqual([expect.objectContaining({ code: 'too-deeply-nested', file: 'deep.js' })]);
  });

  it('checks a 5 MB file', () => {
    // a generated data module: the usual shape of a JS file this large
    const row = "  { id: 1, name: 'Ada Lovelace', email: 'ada@example.com', roles: ['admin', 'author'], active: true },\n";
    const rows = row.repeat(Math.ceil((5 * 1024 * 1024) / row.length));
    const text = `export const USERS = [\n${rows}];\nexport function find(id) {\n  return USERS.find((user) => user.id === id);\n}\n`;
    const maxFileLines: EffectiveRule = { id: 'max-file-lines', severity: 'warning', options: { max: 150, skipBlankLines: true, skipComments: true } };
    const result = eslintEngine.check(source('users.js', text), [maxFileLines, functionLines(50)]);
    expect(result.notices).toEqual([]);
    expect(result.findings.map((f) => [f.ruleId, f.location.startLine])).toEqual([['max-file-lines', 151]]);
  }, 120_000);

  it('reports an engine error instead of throwing', () => {
    const badOptions = eslintEngine.check(source('a.js', 'x;'), [{ id: 'max-nesting-depth', severity: 'error', options: { max: 'three' } }]);
    expect(badOptions.notices).toEqual([expect.objectContaining({ level: 'error', code: 'engine-error', file: 'a.js' })]);
    const unknown = eslintEngine.check(source('a.js', LONG_FUNCTION), [functionLines(3), { id: 'no-such-rule', severity: 'error', options: {} }]);
    expect(unknown.findings.map((f) => f.ruleId)).toEqual(['max-function-lines']);
    expect(unknown.notices).toEqual([expect.objectContaining({ code: 'engine-error', message: expect.stringContaining('no-such-rule') })]);
  });
});
