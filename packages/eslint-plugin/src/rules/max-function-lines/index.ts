import { type CodeUnit, functionLineCounts } from '@plumbline/core';
import meta from '@plumbline/core/rules/max-function-lines';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../create-rule.js';
import { sourceLineCounts } from '../../util/count-lines.js';
import { type FunctionNode, functionExtent, functionName } from './function-name.js';

// A measured function, or a class (its lines belong to its members, never to the enclosing function).
interface Unit {
  readonly fn?: FunctionNode;
  readonly extent: TSESTree.Node;
}

function toCodeUnit({ fn, extent }: Unit, sourceCode: Readonly<TSESLint.SourceCode>): CodeUnit {
  const { loc, range } = extent;
  const before = sourceCode.getTokenBefore(extent);
  const after = sourceCode.getTokenAfter(extent);
  return {
    start: range[0], end: range[1], firstLine: loc.start.line, lastLine: loc.end.line,
    sharesFirstLine: before?.loc.end.line === loc.start.line,
    sharesLastLine: after?.loc.start.line === loc.end.line,
    signature: fn && [fn.loc.start.line, fn.body.loc.start.line],
  };
}

export default createRule(meta, (context, options) => {
  const { sourceCode } = context;
  const units: Unit[] = [];
  const addFunction = (fn: FunctionNode): void => {
    // `(x) => x * 2` has no statements to count: its lines stay with the enclosing function
    if (fn.body.type === 'BlockStatement') units.push({ fn, extent: functionExtent(fn) });
  };
  const addClass = (node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void => {
    units.push({ extent: node });
  };
  const report = (unit: Unit, actual: number): void => {
    if (!unit.fn || actual <= options.max) return;
    const { name, loc } = functionName(unit.fn, sourceCode);
    context.report({ loc, messageId: 'tooLong', data: { name, actual, max: options.max } });
  };
  return {
    FunctionDeclaration: addFunction,
    FunctionExpression: addFunction,
    ArrowFunctionExpression: addFunction,
    ClassDeclaration: addClass,
    ClassExpression: addClass,
    'Program:exit'() {
      const counts = sourceLineCounts(sourceCode, options);
      const actual = functionLineCounts(units.map((unit) => toCodeUnit(unit, sourceCode)), counts.between, options);
      units.forEach((unit, index) => report(unit, actual[index] ?? 0));
    },
  };
});
