import { type Rule, Linter } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { type FunctionNode, functionExtent, functionName } from './function-name.js';

// Runs a probe rule over the code and describes every function: name, reported range, lines spanned.
function describeFunctions(code: string, filename = 'file.ts'): string[] {
  const seen: string[] = [];
  const probe: Rule.RuleModule = {
    create(context) {
      const record = (node: unknown): void => {
        const fn = node as FunctionNode;
        const sourceCode = context.sourceCode as unknown as TSESLint.SourceCode;
        const { name, loc } = functionName(fn, sourceCode);
        const at = `${loc.start.line}:${loc.start.column}-${loc.end.line}:${loc.end.column}`;
        const extent = functionExtent(fn).loc;
        seen.push(`${name} @${at} lines ${extent.start.line}-${extent.end.line}`);
      };
      return { FunctionDeclaration: record, FunctionExpression: record, ArrowFunctionExpression: record };
    },
  };
  const config = { files: ['**/*.*'], plugins: { probe: { rules: { probe } } }, languageOptions: { parser: tseslint.parser }, rules: { 'probe/probe': 'error' as const } };
  const messages = new Linter().verify(code, config, { filename });
  expect(messages).toEqual([]);
  return seen;
}

describe('functionName', () => {
  it('uses the id of declarations and named expressions', () => {
    expect(describeFunctions('function load() {}\nconst x = function inner() {};')).toEqual([
      'load @1:9-1:13 lines 1-1',
      'inner @2:19-2:24 lines 2-2',
    ]);
  });

  it('uses the variable a function is assigned to, without its type annotation', () => {
    expect(describeFunctions('const handler: Handler = async (req) => {\n};\nexports.run = function () {};\nlater = () => {};')).toEqual([
      'handler @1:6-1:13 lines 1-2',
      'run @3:8-3:11 lines 3-3',
      'later @4:0-4:5 lines 4-4',
    ]);
  });

  it('uses the key of methods, accessors, object methods and class fields', () => {
    const code = 'class A {\n  get size() { return 1; }\n  #hidden() {}\n  handle = () => {};\n  [key]() {}\n}\nconst o = { \'on-save\': function () {}, go() {} };';
    expect(describeFunctions(code)).toEqual([
      'size @2:6-2:10 lines 2-2',
      '#hidden @3:2-3:9 lines 3-3',
      'handle @4:2-4:8 lines 4-4',
      '<anonymous> @5:3-5:6 lines 5-5',
      'on-save @7:12-7:21 lines 7-7',
      'go @7:39-7:41 lines 7-7',
    ]);
  });

  it('points at the head of an anonymous function', () => {
    const code = 'app.get("/", async (req,\n  res) => {\n});\nsetTimeout(async function () {});\nexport default function () {}';
    expect(describeFunctions(code)).toEqual([
      '<anonymous> @1:13-2:9 lines 1-3',
      '<anonymous> @4:11-4:25 lines 4-4',
      '<anonymous> @5:15-5:23 lines 5-5',
    ]);
  });
});

describe('functionExtent', () => {
  it('spans a method from its key, so decorators and modifiers on its line count', () => {
    expect(describeFunctions('class A {\n  @log()\n  static\n  load() {\n  }\n}')).toEqual(['load @4:2-4:6 lines 2-5']);
  });
});
