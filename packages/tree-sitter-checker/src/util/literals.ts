// Constant values in Python and Go syntax: strings, bytes and numbers written as literals, directly
// or through a name assigned once (`ITERATIONS = 10_000`, `var salt = []byte("x")`).
import type { SyntaxNode } from '../check.js';
import { singleAssignment } from './local-writes.js';

// b"…", "…", r'…', "a" "b" (comments between them skipped) and ("…"); an f-string is not a constant
function pythonString(node: SyntaxNode): string | undefined {
  if (node.type === 'parenthesized_expression' && node.namedChildCount === 1) return pythonString(node.namedChild(0)!);
  if (node.type === 'concatenated_string') {
    const parts = node.namedChildren.filter((part) => part.type !== 'comment').map(pythonString);
    return parts.every((part) => part !== undefined) ? parts.join('') : undefined;
  }
  if (node.type !== 'string' || node.namedChildren.some((child) => child.type === 'interpolation')) return undefined;
  return node.namedChildren.filter((child) => child.type === 'string_content').map((child) => child.text).join('');
}

// "…", `…`, and []byte("…") / string("…") of them
function goString(node: SyntaxNode): string | undefined {
  if (node.type === 'interpreted_string_literal' || node.type === 'raw_string_literal') return node.text.slice(1, -1);
  if (node.type === 'type_conversion_expression') return goStringOperand(node.childForFieldName('operand'));
  return undefined;
}
const goStringOperand = (node: SyntaxNode | null): string | undefined => (node ? goString(node) : undefined);

const STRING = { python: pythonString, go: goString } as const;
const NUMBER_TYPES = new Set(['integer', 'float', 'int_literal', 'float_literal']);

// a name assigned once, in the enclosing function or at module level
function resolved(node: SyntaxNode, language: 'python' | 'go'): SyntaxNode {
  if (node.type !== 'identifier') return node;
  return singleAssignment(node, language) ?? node;
}

/** The text of a string or bytes literal (or a name assigned one once); undefined when not constant. */
export function stringValue(node: SyntaxNode, language: 'python' | 'go'): string | undefined {
  return STRING[language](resolved(node, language));
}

/** The value of a number literal (or a name assigned one once): `600_000`, `1e5`; undefined when not constant. */
export function numberValue(node: SyntaxNode, language: 'python' | 'go'): number | undefined {
  const value = resolved(node, language);
  if (!NUMBER_TYPES.has(value.type)) return undefined;
  const number = Number(value.text.replace(/_/g, ''));
  return Number.isFinite(number) ? number : undefined;
}
