// strings.Replace(template, "{id}", id, -1) and strings.ReplaceAll: a value put into SQL text in
// place of a marker, which builds the text as surely as fmt.Sprintf does.
import { combine, constant, opaque, type SqlValue } from '@plumbline/core/sql-value';
import type { SyntaxNode } from '../../check.js';

const REPLACE = /^strings\.Replace(All)?$/;

/** The value of a strings.Replace call, or undefined for any other call. */
export function replaceValue(node: SyntaxNode, name: string, read: (node: SyntaxNode) => SqlValue<SyntaxNode>): SqlValue<SyntaxNode> | undefined {
  const args = node.childForFieldName('arguments')?.namedChildren ?? [];
  if (!REPLACE.test(name) || !args[0] || !args[1] || !args[2]) return undefined;
  const [text, marker] = [read(args[0]), read(args[1])];
  // strings.Replace(name, "'", "''", -1) on unknown text escapes it: still unknown
  if (text.kind !== 'constant' || marker.kind !== 'constant' || marker.text === '') return text.kind === 'built' ? text : opaque;
  const pieces = text.text.split(marker.text);
  if (pieces.length === 1) return constant(text.text);
  const value = read(args[2]);
  return combine(pieces.flatMap((piece, index) => (index === 0 ? [constant(piece)] : [value, constant(piece)])), 'strings.Replace', node);
}
