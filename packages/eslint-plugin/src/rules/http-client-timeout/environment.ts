// Collects what a JS/TS file shows about where it runs (core's jsSideOf decides): the modules it
// imports or requires, its directives, and the browser globals it reads.
import { BROWSER_GLOBALS, type JsEvidence } from '@plumbline/core/http/js-environment';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

const BROWSER = new Set(BROWSER_GLOBALS);

/** The module of a `require('x')` call, or undefined. */
export function requiredModule(node: TSESTree.CallExpression): string | undefined {
  const [source] = node.arguments;
  const isRequire = node.callee.type === 'Identifier' && node.callee.name === 'require';
  return isRequire && source?.type === 'Literal' && typeof source.value === 'string' ? source.value : undefined;
}

/** The evidence of a whole program, given the modules its `require()` calls named. */
export function evidenceOf(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>, path: string, required: readonly string[]): JsEvidence {
  const modules = [...required];
  const directives: string[] = [];
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') modules.push(statement.source.value);
    if (statement.type === 'ExpressionStatement' && statement.directive) directives.push(statement.directive);
  }
  const globals = sourceCode.getScope(program).through.map((reference) => reference.identifier.name).filter((name) => BROWSER.has(name));
  return { path, modules, directives, browserGlobals: [...new Set(globals)] };
}
