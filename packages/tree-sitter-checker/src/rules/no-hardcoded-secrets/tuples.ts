// Tuple assignments: `user, password = "a", "b"` (Python), `var u, p = "a", "b"` and
// `u, p := "a", "b"` (Go). A literal on the right is named by the name at its index on the left.
import type { SyntaxNode } from '../../check.js';

// the names on the left of a Go declaration or assignment, or of a Python assignment
function leftNames(statement: SyntaxNode): readonly SyntaxNode[] {
  if (statement.type === 'var_spec' || statement.type === 'const_spec') return statement.childrenForFieldName('name').filter((node) => node !== null);
  return statement.childForFieldName('left')?.namedChildren.filter((node) => node !== null) ?? [];
}

/** The name a literal of a tuple assignment is bound to, if it is a plain name or an attribute. */
export function tupleName(literal: SyntaxNode): string | undefined {
  // Go wraps []byte("…") around the literal; the expression list holds the conversion
  const value = literal.parent?.type === 'type_conversion_expression' ? literal.parent : literal;
  const list = value.parent;
  const statement = list?.parent;
  if (!list || !statement) return undefined;
  const index = list.namedChildren.findIndex((child) => child?.startIndex === value.startIndex);
  const name = leftNames(statement)[index];
  if (name?.type === 'identifier') return name.text;
  return name?.childForFieldName('attribute')?.text ?? name?.childForFieldName('field')?.text;
}
