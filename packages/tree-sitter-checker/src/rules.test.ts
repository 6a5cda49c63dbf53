import { describe, expect, it } from 'vitest';
import { checkFile } from './engine.js';

// Each finding as `line:column message`, for one rule with the given options.
function run(language: 'python' | 'go', text: string, id: string, options: Record<string, unknown>): string[] {
  const result = checkFile({ path: '/r/f', relativePath: 'f', text, language }, [{ id, severity: 'warning', options }]);
  expect(result.notices).toEqual([]);
  return result.findings.map(({ location, message }) => `${location.startLine}:${location.startColumn} ${message}`);
}

describe('max-nesting-depth', () => {
  const nesting = (language: 'python' | 'go', text: string, max: number): string[] =>
    run(language, text, 'max-nesting-depth', { max }).map((finding) => finding.split(' Blocks are nested ')[0] ?? '');

  it('does not count elif and else, and reports only the entry into too-deep nesting', () => {
    const text = [
      'def f(a, b):',
      '    if a:',
      '        pass',
      '    elif b:',
      '        for x in a:',
      '            while b:',
      '                with open(x) as fh:',
      '                    pass',
      '    else:',
      '        try:',
      '            pass',
      '        except E:',
      '            async for y in b:',
      '                pass',
      '',
    ].join('\n');
    expect(nesting('python', text, 2)).toEqual(['6:13', '13:13']);
  });

  it('starts a new count in a nested def, and counts module-level code as a scope', () => {
    const text = 'if a:\n    def g():\n        if b:\n            match c:\n                case 1:\n                    pass\n';
    expect(nesting('python', text, 1)).toEqual(['4:13']);
  });

  it('keeps an else-if chain at one level and counts switch, select and type switch', () => {
    const text = [
      'package p',
      'func f() {',
      '\tif a {',
      '\t} else if b {',
      '\t\tswitch x {',
      '\t\tcase 1:',
      '\t\t\tselect {}',
      '\t\t}',
      '\t} else if c {',
      '\t\tswitch v := y.(type) {}',
      '\t}',
      '\tgo func() { for { if d {} } }()',
      '}',
      '',
    ].join('\n');
    expect(nesting('go', text, 1)).toEqual(['5:3', '10:3', '12:20']);
    expect(nesting('go', text, 2)).toEqual(['7:4']);
  });
});

describe('max-function-lines', () => {
  it('counts from the def line, without decorators, blank lines, comments and docstrings', () => {
    const text = '@route\ndef handle(x):\n    """Doc\n    string."""\n\n    # note\n    y = x\n    return y\n';
    expect(run('python', text, 'max-function-lines', { max: 3 })).toEqual([]);
    expect(run('python', text, 'max-function-lines', { max: 2 }))
      .toEqual(['2:5 Function handle has 3 code lines; the limit is 2. Extract smaller functions.']);
    expect(run('python', text, 'max-function-lines', { max: 3, skipComments: false, skipBlankLines: false }))
      .toEqual(['2:5 Function handle has 7 code lines; the limit is 3. Extract smaller functions.']);
  });

  it('names methods and reports function literals at `func` as <anonymous>', () => {
    const text = 'package p\n\nfunc (s *Server) Start() {\n\tgo func() {\n\t\trun()\n\t}()\n}\n';
    expect(run('go', text, 'max-function-lines', { max: 2 })).toEqual([
      // the literal's body line is its own; the lines where it starts and ends count for both
      '3:18 Function Start has 4 code lines; the limit is 2. Extract smaller functions.',
      '4:5 Function <anonymous> has 3 code lines; the limit is 2. Extract smaller functions.',
    ]);
  });

  it('counts nested functions for the enclosing one with countNestedFunctions', () => {
    const text = 'package p\n\nfunc (s *Server) Start() {\n\tgo func() {\n\t\trun()\n\t}()\n}\n';
    expect(run('go', text, 'max-function-lines', { max: 4, countNestedFunctions: true }))
      .toEqual(['3:18 Function Start has 5 code lines; the limit is 4. Extract smaller functions.']);
  });
});

describe('max-file-lines', () => {
  const text = '// Package p does things.\npackage p\n\n/* block\n comment */\nvar a = 1\nvar b = 2\n';

  it('reports the first code line past the limit, with the count', () => {
    expect(run('go', text, 'max-file-lines', { max: 2, skipDeclarationFiles: false }))
      .toEqual(['7:1 File has 3 code lines; the limit is 2. Split it by responsibility.']);
  });

  it('does not report a file at the limit', () => {
    expect(run('go', text, 'max-file-lines', { max: 3 })).toEqual([]);
  });

  it('counts comments and blank lines when told to', () => {
    expect(run('python', '# a\n\nx = 1\n', 'max-file-lines', { max: 2, skipBlankLines: false, skipComments: false, skipDeclarationFiles: false }))
      .toEqual(['3:1 File has 3 code lines; the limit is 2. Split it by responsibility.']);
  });

  it('does not report a declaration file (no function, method, lambda or loop) by default', () => {
    expect(run('go', text, 'max-file-lines', { max: 2 })).toEqual([]);
    expect(run('python', 'import os\n\nclass A:\n    x = 1\n    y = os.sep\n', 'max-file-lines', { max: 2 })).toEqual([]);
    expect(run('go', `${text}func f() {}\n`, 'max-file-lines', { max: 2 }))
      .toEqual(['7:1 File has 4 code lines; the limit is 2. Split it by responsibility.']);
    expect(run('python', 'a = 1\nb = 2\nfor c in d:\n    e(c)\n', 'max-file-lines', { max: 2 }))
      .toEqual(['3:1 File has 4 code lines; the limit is 2. Split it by responsibility.']);
  });
});
