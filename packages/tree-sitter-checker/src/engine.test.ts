import type { EffectiveRule, FileResult, Language } from '@plumbline/core';
import { describe, expect, it } from 'vitest';
import { treeSitterEngine } from './engine.js';

const ALL_RULES: EffectiveRule[] = ['max-file-lines', 'max-function-lines', 'max-nesting-depth']
  .map((id) => ({ id, severity: 'warning', options: {} }));

function check(language: Language, text: string, rules: readonly EffectiveRule[] = ALL_RULES): FileResult {
  const extension = language === 'python' ? 'py' : language === 'go' ? 'go' : 'js';
  const relativePath = `src/sample.${extension}`;
  return treeSitterEngine.check({ path: `/repo/${relativePath}`, relativePath, text, language }, rules);
}

describe('treeSitterEngine', () => {
  it('declares Python and Go', () => {
    expect(treeSitterEngine.languages).toEqual(['python', 'go']);
  });

  it('reports a syntax error as a parse-error notice at its 1-based line, and checks the rest of the file', () => {
    const text = 'def ok():\n    x = 1\n    return x\n\ndef broken(:\n    y = 2\n    return y\n\ndef fine():\n    z = 3\n    return z\n';
    const result = check('python', text, [{ id: 'max-function-lines', severity: 'warning', options: { max: 1 } }]);
    expect(result.findings.map((finding) => finding.location.startLine)).toEqual([1, 9]);
    expect(result.notices).toEqual([{
      level: 'warning', code: 'parse-error', file: 'src/sample.py', line: 5,
      message: 'Python syntax error at line 5; 3 of 12 lines around it were not checked, the rest was.',
    }]);
  });

  it('does not check a file that is mostly syntax errors', () => {
    const js = Array.from({ length: 8 }, (_, i) => `const f${i} = () => { return { a: ${i} } };`).join('\n');
    const text = `def ok():\n    x = 1\n    return x\n\n${js}\n`;
    const result = check('python', text, [{ id: 'max-function-lines', severity: 'warning', options: { max: 1 } }]);
    expect(result.findings).toEqual([]);
    expect(result.notices).toEqual([expect.objectContaining({ code: 'parse-error', line: 5, message: 'Python syntax error at line 5; the file was not checked.' })]);
  });

  it('accepts Go 1.26 new(expr), which tree-sitter-go 0.25 parses with an error node', () => {
    const text = 'package p\n\nfunc f() *int {\n\tp := new(42)\n\tq := new(time.Now())\n\t_ = q\n\tb := new([]byte)\n\t_ = b\n\treturn p\n}\n';
    const result = check('go', text, [{ id: 'max-function-lines', severity: 'warning', options: { max: 1 } }]);
    expect(result.notices).toEqual([]);
    expect(result.findings.map((finding) => finding.location.startLine)).toEqual([3]);
  });

  it('reports a missing token in Go as a parse error', () => {
    const result = check('go', 'package p\n\nfunc f() {\n\tx := \n}\n');
    expect(result.notices).toEqual([expect.objectContaining({ code: 'parse-error', line: 4 })]);
  });

  it('returns an engine-error notice instead of throwing for a language it does not check', () => {
    const result = check('javascript', 'const x = 1;\n');
    expect(result.notices).toEqual([expect.objectContaining({ level: 'error', code: 'engine-error', file: 'src/sample.js' })]);
  });

  it('ignores rules that have no tree-sitter check', () => {
    const result = check('python', 'x = 1\n', [{ id: 'no-such-rule', severity: 'error', options: {} }]);
    expect(result).toEqual({ findings: [], comments: [], notices: [] });
  });
});

describe('treeSitterEngine on very deep nesting', () => {
  const DEPTH = 5000;

  it('survives 5,000 nested parentheses in Python', () => {
    const result = check('python', `x = ${'('.repeat(DEPTH)}1${')'.repeat(DEPTH)}\n`);
    expect(result.notices).toEqual([]);
  });

  it('survives 5,000 nested blocks in Go', () => {
    const result = check('go', `package p\n\nfunc f() {\n${'{\n'.repeat(DEPTH)}${'}\n'.repeat(DEPTH)}}\n`);
    expect(result.notices).toEqual([]);
  });

  it('survives 5,000 nested ifs in Go and reports only the entry into too-deep nesting', () => {
    const text = `package p\n\nfunc f(x bool) {\n${'if x {\n'.repeat(DEPTH)}${'}\n'.repeat(DEPTH)}}\n`;
    const result = check('go', text, [{ id: 'max-nesting-depth', severity: 'warning', options: { max: 3 } }]);
    expect(result.notices).toEqual([]);
    expect(result.findings.map((finding) => finding.location.startLine)).toEqual([7]);
  });

  it('returns a parse-error notice for Python indented 5,000 levels deep', () => {
    const text = Array.from({ length: DEPTH }, (_, level) => `${' '.repeat(level)}if x:\n`).join('') + `${' '.repeat(DEPTH)}pass\n`;
    const result = check('python', text);
    expect(result.notices.every((notice) => notice.code === 'parse-error')).toBe(true);
  });
});

describe('treeSitterEngine locations', () => {
  it('counts columns in UTF-16 code units, 1-based', () => {
    const text = 'package p\n\nfunc f() {\n\ts := "héllo😀"; if s != "" { if true { if true { if true {} } } }\n}\n';
    const [finding] = check('go', text).findings.filter((each) => each.ruleId === 'max-nesting-depth');
    // `\ts := "héllo😀"; ` is 17 UTF-16 code units (the emoji is two, é one): the fourth `if` is at column 51.
    expect(text.split('\n')[3]?.indexOf('if true {}')).toBe(50);
    expect(finding?.location).toEqual({ file: 'src/sample.go', startLine: 4, startColumn: 51, endLine: 4, endColumn: 53 });
  });

  it('places a Python function finding on its name, below its decorators', () => {
    const text = '@app.route("/")\nasync def héllo():\n    a = 1\n    b = 2\n';
    const [finding] = check('python', text, [{ id: 'max-function-lines', severity: 'warning', options: { max: 1 } }]).findings;
    expect(finding?.location).toMatchObject({ startLine: 2, startColumn: 11, endLine: 2, endColumn: 16 });
    expect(finding?.message).toBe('Function héllo has 3 code lines; the limit is 1. Extract smaller functions.');
  });
});

describe('treeSitterEngine comments', () => {
  it('returns every Python comment with its marker and 1-based position', () => {
    const text = '# plumbline-ignore-file max-file-lines -- generated\nx = 1  # trailing ✓\n"""Docstrings are not comments."""\n';
    expect(check('python', text).comments).toEqual([
      { text: '# plumbline-ignore-file max-file-lines -- generated', line: 1, column: 1, endLine: 1 },
      { text: '# trailing ✓', line: 2, column: 8, endLine: 2 },
    ]);
  });

  it('returns Go line and block comments, with the end line of a block comment', () => {
    const text = 'package p\n\n/* one\n   two */\nvar x = 1 // plumbline-ignore max-file-lines -- why\n';
    expect(check('go', text).comments).toEqual([
      { text: '/* one\n   two */', line: 3, column: 1, endLine: 4 },
      { text: '// plumbline-ignore max-file-lines -- why', line: 5, column: 11, endLine: 5 },
    ]);
  });
});
