// Python scopes for parameterized-sql: the writes of each name in a function or module, and
// the function a node belongs to.
import type { SyntaxNode } from '../../check.js';
import { addWrite, type ScopeSyntax, scopeWrites, type Write, type Writes } from './writes.js';

const NESTED = new Set(['function_definition', 'lambda', 'class_definition']);
const APPENDS = new Set(['append', 'extend', 'insert', 'write']);

/** The function around a node, or the module. */
export function scopeOf(node: SyntaxNode): SyntaxNode {
  let current = node.parent;
  while (current && current.type !== 'function_definition' && current.type !== 'module') current = current.parent;
  return current ?? node.tree.rootNode;
}

/** The parameter names of a function scope. */
export function parametersOf(scope: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const parameter of scope.childForFieldName('parameters')?.namedChildren ?? []) {
    const name = parameter.type === 'identifier' ? parameter : parameter.namedChildren.find((child) => child.type === 'identifier');
    if (name) names.add(name.text);
  }
  return names;
}

function visit(node: SyntaxNode, writes: Map<string, Write[]>): void {
  const left = node.childForFieldName('left');
  // sql = "…", sql: str = "…"; for loops and tuple targets are written by something else
  if (node.type === 'assignment' && left?.type === 'identifier') {
    addWrite(writes, left.text, { value: node.childForFieldName('right') ?? undefined, append: false, at: node });
  } else if (node.type === 'augmented_assignment' && left?.type === 'identifier') {
    const append = node.childForFieldName('operator')?.text === '+=';
    addWrite(writes, left.text, { value: append ? node.childForFieldName('right') ?? undefined : undefined, append, at: node });
  } else if ((node.type === 'for_statement' || node.type === 'with_item' || node.type === 'named_expression') && left?.type === 'identifier') {
    addWrite(writes, left.text, { value: undefined, append: false, at: node });
  } else if (node.type === 'call') {
    visitAppend(node, writes);
  }
}

// parts.append("a = %s"), parts.extend([...]): list contents for "…".join(parts)
function visitAppend(node: SyntaxNode, writes: Map<string, Write[]>): void {
  const callee = node.childForFieldName('function');
  const object = callee?.childForFieldName('object');
  const method = callee?.childForFieldName('attribute')?.text ?? '';
  if (callee?.type !== 'attribute' || object?.type !== 'identifier' || !APPENDS.has(method)) return;
  const args = node.childForFieldName('arguments')?.namedChildren ?? [];
  const value = method === 'insert' ? args[1] : args[0];
  // `name[]` holds added elements, `name[*]` added lists
  addWrite(writes, method === 'extend' ? `${object.text}[*]` : `${object.text}[]`, { value, append: true, at: node });
}

const SYNTAX: ScopeSyntax = { file: 'module', nested: NESTED, visit };

/** Every write of every name directly in a scope (`name[]` and `name[*]` collect list appends), cached by scope. */
export const writesOf = (scope: SyntaxNode, cache: Map<number, Writes>): Writes => scopeWrites(scope, cache, SYNTAX);

const LOOPS = new Set(['for_statement', 'while_statement']);

// the loop around a node, inside its own function, if any
function loopOf(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current && current.type !== 'function_definition'; current = current.parent) if (LOOPS.has(current.type)) return current;
  return undefined;
}

/** The writes that can reach a use: those before it, and all of them when the use is in a loop; all of them when none is before it. */
export function reachingWrites(writes: readonly Write[], use: SyntaxNode): readonly Write[] {
  if (loopOf(use)) return writes;
  const before = writes.filter((write) => write.at.startIndex < use.startIndex);
  return before.length > 0 ? before : writes;
}
