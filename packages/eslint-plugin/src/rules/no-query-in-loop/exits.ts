// Calls a loop runs at most once, or that run the loop's own items: a query in the branch that
// leaves the loop, and a loop that runs the statements it iterates (`for (const stmt of statements)`).
import type { TSESTree } from '@typescript-eslint/utils';
import { isLoop, type Loop, type PerItemLoop } from './loops.js';

const isFunction = (node: TSESTree.Node): boolean => node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration';

// Whether a statement ends `loop` when it runs: a return or throw not inside a callback, a break of this loop (not of a switch or an inner loop)
function leaves(statement: TSESTree.Node, loop: Loop): boolean {
  const isBreak = statement.type === 'BreakStatement' && !statement.label;
  if (statement.type !== 'ReturnStatement' && statement.type !== 'ThrowStatement' && statement.type !== 'BreakStatement') return false;
  for (let current: TSESTree.Node | undefined = statement.parent; current && current !== loop; current = current.parent) {
    if (isFunction(current) || (isBreak && (isLoop(current) || current.type === 'SwitchStatement'))) return false;
  }
  return true;
}

const statementsAround = (node: TSESTree.Node): readonly TSESTree.Node[] => {
  const parent = node.parent;
  if (parent?.type === 'BlockStatement' || parent?.type === 'Program') return parent.body;
  return parent?.type === 'SwitchCase' ? parent.consequent : [node];
};

/**
 * Whether `node` runs at most once per loop: it sits in a branch that leaves the loop after it
 * (`if (found) { const row = await q(); return row }`), so the loop ends the first time it runs.
 * A callback's `return` ends one item, not the loop: only statement loops count.
 */
export function leavesLoopAfter(node: TSESTree.Node, loop: PerItemLoop): boolean {
  if (!isLoop(loop.node)) return false;
  const target = loop.node;
  for (let current = node; current.parent && current !== target; current = current.parent) {
    const siblings = statementsAround(current);
    const at = siblings.indexOf(current);
    if (at >= 0 && siblings.slice(at).some((statement) => leaves(statement, target))) return true;
  }
  return false;
}

// The names a loop binds per item: `stmt` in `for (const stmt of statements)`, `s` in `statements.forEach((s) => …)`
function boundNames(loop: PerItemLoop): string[] {
  const node = loop.node;
  let target: TSESTree.Node | undefined;
  if (node.type === 'ForOfStatement' || node.type === 'ForInStatement') target = node.left.type === 'VariableDeclaration' ? node.left.declarations[0]?.id : node.left;
  else if (node.type === 'CallExpression') {
    const callback = node.arguments[0];
    target = callback?.type === 'ArrowFunctionExpression' || callback?.type === 'FunctionExpression' ? callback.params[0] : undefined;
  }
  if (target?.type === 'Identifier') return [target.name];
  if (target?.type === 'ObjectPattern') return target.properties.flatMap((p) => (p.type === 'Property' && p.value.type === 'Identifier' ? [p.value.name] : []));
  return target?.type === 'ArrayPattern' ? target.elements.flatMap((e) => (e?.type === 'Identifier' ? [e.name] : [])) : [];
}

/** Whether a raw SQL call runs the statement a loop item holds (`for (const stmt of statements) await db.query(stmt)`): a script, not a query per item. */
export function runsItemStatement(sql: TSESTree.Node | undefined, loop: PerItemLoop): boolean {
  let root = sql;
  while (root?.type === 'MemberExpression') root = root.object;
  return root?.type === 'Identifier' && boundNames(loop).includes(root.name);
}
