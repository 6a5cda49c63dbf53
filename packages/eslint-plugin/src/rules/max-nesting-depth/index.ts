import meta from '@plumbline/core/rules/max-nesting-depth';
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../create-rule.js';

// Statements that open a control block; `catch`/`finally` and `case` belong to theirs.
const CONTROL_BLOCKS = [
  'IfStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement',
  'DoWhileStatement', 'TryStatement', 'SwitchStatement', 'WithStatement',
].join(', ');

// Each starts its own count: module-level code, every function, and class static blocks.
const SCOPES = ['Program', 'FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'StaticBlock'].join(', ');

// if (a) {} else if (b) {}: the second `if` continues the chain at the same depth
function isElseIf(node: TSESTree.Node): boolean {
  return node.type === 'IfStatement' && node.parent.type === 'IfStatement' && node.parent.alternate === node;
}

export default createRule(meta, (context, options) => {
  const depths: number[] = [];
  const enter = (node: TSESTree.Node): void => {
    if (isElseIf(node)) return;
    const depth = (depths.pop() ?? 0) + 1;
    depths.push(depth);
    // only the block that crosses the limit; the deeper ones inside it are the same problem
    if (depth !== options.max + 1) return;
    const loc = context.sourceCode.getFirstToken(node)?.loc ?? node.loc;
    context.report({ loc, messageId: 'tooDeep', data: { depth, max: options.max } });
  };
  const exit = (node: TSESTree.Node): void => {
    if (!isElseIf(node)) depths.push((depths.pop() ?? 1) - 1);
  };
  return {
    [SCOPES]: () => depths.push(0),
    [`${SCOPES}:exit`]: () => depths.pop(),
    [CONTROL_BLOCKS]: enter,
    [`${CONTROL_BLOCKS}:exit`]: exit,
  };
});
