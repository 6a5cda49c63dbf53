// Where a name gets its value in Python and Go, when it gets one only once: in the enclosing
// function, else at module or package level. Enough to read a constant or a local built once
// (`h = hashlib.sha256()`, `claims := jwt.MapClaims{…}`), and to give up on anything else.
import type { SyntaxNode } from '../check.js';

const FUNCTIONS = {
  python: new Set(['function_definition', 'lambda']),
  go: new Set(['function_declaration', 'method_declaration', 'func_literal']),
} as const;

// the node types that bind a name, and how each gives the value bound to the name
const WRITES = {
  python: ['assignment', 'augmented_assignment'],
  go: ['short_var_declaration', 'assignment_statement', 'var_spec', 'const_spec'],
} as const;

/** The innermost function around a node, or the file's root. */
export function scopeOf(node: SyntaxNode, language: 'python' | 'go'): SyntaxNode {
  for (let current = node.parent; current; current = current.parent) {
    if (FUNCTIONS[language].has(current.type)) return current;
    if (!current.parent) return current;
  }
  return node;
}

// x = v (Python); x := v, x = v, var x = v, const x = v (Go, also a, b := v1, v2)
function valueWritten(write: SyntaxNode, name: string): SyntaxNode | null | undefined {
  if (write.type === 'augmented_assignment') return write.childForFieldName('left')?.text === name ? null : undefined;
  const spec = write.type === 'var_spec' || write.type === 'const_spec';
  const left = spec ? write.childrenForFieldName('name') : write.childForFieldName('left')?.namedChildren ?? [];
  const targets = write.type === 'assignment' ? [write.childForFieldName('left')] : left;
  const index = targets.findIndex((target) => target?.type === 'identifier' && target.text === name);
  if (index < 0) return undefined;
  const right = write.childForFieldName(spec ? 'value' : 'right');
  if (write.type === 'assignment') return right;
  return right?.namedChildren.filter((child) => child.type !== 'comment')[index] ?? null;
}

function isParameter(scope: SyntaxNode, name: string): boolean {
  const parameters = scope.childForFieldName('parameters');
  return parameters !== null && parameters.descendantsOfType('identifier').some((node) => node.text === name);
}

// undefined: the name is not written here; null: written more than once, or not by a plain value
function writtenIn(scope: SyntaxNode, name: string, language: 'python' | 'go'): SyntaxNode | null | undefined {
  if (isParameter(scope, name)) return null;
  let found: SyntaxNode | null | undefined;
  for (const write of scope.descendantsOfType([...WRITES[language]])) {
    const value = valueWritten(write, name);
    if (value === undefined) continue;
    if (found !== undefined) return null;
    found = value;
  }
  return found;
}

/** The value a name is given by its only write, in its function or else at the top level; undefined when there is not exactly one. */
export function singleAssignment(identifier: SyntaxNode, language: 'python' | 'go'): SyntaxNode | undefined {
  const scope = scopeOf(identifier, language);
  const local = writtenIn(scope, identifier.text, language);
  if (local !== undefined || !scope.parent) return local ?? undefined;
  let root = scope;
  while (root.parent) root = root.parent;
  return writtenIn(root, identifier.text, language) ?? undefined;
}

/** How many times a name occurs in the function around a node (reads and writes). */
export function occurrencesInScope(node: SyntaxNode, language: 'python' | 'go'): number {
  return scopeOf(node, language).descendantsOfType('identifier').filter((each) => each.text === node.text).length;
}
