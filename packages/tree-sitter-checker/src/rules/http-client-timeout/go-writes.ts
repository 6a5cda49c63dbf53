// Go assignments in a function (or file), read by the target's text: `client := …`,
// `c.http = …`, `var t = …`, `req = req.WithContext(ctx)`.
import type { SyntaxNode } from '../../check.js';

const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal']);
const WRITES = ['short_var_declaration', 'assignment_statement', 'var_spec'];

/** One write: the target as written and the value it comes from (for `a, b := f()`, the call, for both). */
export interface GoWrite {
  readonly target: SyntaxNode;
  readonly value: SyntaxNode | undefined;
}

/** The innermost function around a node, or the file. */
export function enclosingFunction(node: SyntaxNode): SyntaxNode {
  let current = node.parent;
  while (current && !FUNCTIONS.has(current.type) && current.parent) current = current.parent;
  return current ?? node;
}

function writesIn(statement: SyntaxNode): GoWrite[] {
  const targets = statement.type === 'var_spec' ? statement.childrenForFieldName('name') : statement.childForFieldName('left')?.namedChildren ?? [];
  const values = (statement.type === 'var_spec' ? statement.childForFieldName('value') : statement.childForFieldName('right'))?.namedChildren ?? [];
  return targets.map((target, index) => ({ target, value: values.length === 1 ? values[0] : values[index] }));
}

/** Every write in a scope whose target's text is `name` (`client`, `c.http`, `client.Timeout`). */
export function writesTo(scope: SyntaxNode, name: string): GoWrite[] {
  return scope.descendantsOfType(WRITES).flatMap((statement) => (statement ? writesIn(statement) : [])).filter((write) => write.target.text === name);
}

/** The target a value is written to, when it is the right side of a write (`c := &http.Client{}` → `c`). */
export function targetOf(value: SyntaxNode): SyntaxNode | undefined {
  let node = value;
  if (node.parent?.type === 'unary_expression') node = node.parent;
  const list = node.parent;
  const statement = list?.parent;
  if (list?.type !== 'expression_list' || !statement || !WRITES.includes(statement.type)) return undefined;
  return writesIn(statement).find((write) => write.value?.id === node.id)?.target;
}
