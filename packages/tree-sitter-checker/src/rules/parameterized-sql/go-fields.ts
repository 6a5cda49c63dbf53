// Struct fields as SQL text: `s.table` is a constant when every write of a field of that name in
// the file (`Store{table: "users"}`, `s.table = …`) is one. A field written nowhere in the file
// may be written anywhere in the package: it stays unknown.
import { either, opaque, type SqlValue } from '@plumbline/core/sql-value';
import type { SyntaxNode } from '../../check.js';

type Read = (node: SyntaxNode) => SqlValue<SyntaxNode>;

function add(fields: Map<string, SyntaxNode[]>, name: string, value: SyntaxNode): void {
  fields.set(name, [...(fields.get(name) ?? []), value]);
}

// Store{table: "users"} and s.table = "users", s.table, s.view = a, b
function fieldWrites(root: SyntaxNode): Map<string, SyntaxNode[]> {
  const fields = new Map<string, SyntaxNode[]>();
  for (const node of root.descendantsOfType(['keyed_element', 'assignment_statement'])) {
    if (node.type === 'keyed_element') {
      const [key, value] = node.namedChildren;
      const name = key?.namedChild(0);
      if (name?.type === 'identifier' && value) add(fields, name.text, value.namedChild(0) ?? value);
      continue;
    }
    const left = node.childForFieldName('left')?.namedChildren ?? [];
    const right = node.childForFieldName('right')?.namedChildren ?? [];
    left.forEach((target, index) => {
      const field = target.type === 'selector_expression' ? target.childForFieldName('field')?.text : undefined;
      // a field written by a call's several results, or by +=, is not a plain write
      const value = left.length === right.length && node.childForFieldName('operator')?.text === '=' ? right[index] : undefined;
      if (field) add(fields, field, value ?? node);
    });
  }
  return fields;
}

const COMPILED_TEXT = /^(SQL|Sql|Query|Clause|Where|Conditions?|Updates?)$/;
const COMPILED_ARGS = '(Args|Params|Values|Bindings|Vars)';

/**
 * `stmt.SQL` of a compiled statement whose `stmt.Args` the same function passes on (appends to its
 * arguments or spreads into the call), an update builder's `q.Updates` beside `q.Params...`: SQL
 * made of placeholders by what also carries their values.
 */
export function isCompiledStatement(node: SyntaxNode, scope: SyntaxNode): boolean {
  const operand = node.childForFieldName('operand');
  if (operand?.type !== 'identifier' || !COMPILED_TEXT.test(node.childForFieldName('field')?.text ?? '')) return false;
  return new RegExp(`\\b${operand.text}\\.${COMPILED_ARGS}\\b`).test(scope.text);
}

/** Reads `recv.field` from the writes of fields of that name in one file. */
export class GoFields {
  private fields: Map<string, SyntaxNode[]> | undefined;
  private readonly active = new Set<string>();

  constructor(private readonly root: SyntaxNode) {}

  /** The value of a field selector: constant when each write of the field in the file is. */
  valueOf(node: SyntaxNode, read: Read): SqlValue<SyntaxNode> {
    return this.each(node, (value) => (value.type === 'assignment_statement' ? [opaque] : [read(value)]));
  }

  /**
   * The elements of a slice field (`b.conditions`): constant when every slice it is set to and
   * every element appended to it (`b.conditions = append(b.conditions, "a = ?")`) is.
   */
  listValue(node: SyntaxNode, read: Read, readList: Read): SqlValue<SyntaxNode> {
    const field = node.childForFieldName('field')?.text;
    return this.each(node, (value) => {
      const args = value.childForFieldName('arguments')?.namedChildren ?? [];
      const grows = value.childForFieldName('function')?.text === 'append' && args[0]?.childForFieldName('field')?.text === field;
      if (!grows) return [value.type === 'assignment_statement' ? opaque : readList(value)];
      return args.slice(1).map((arg) => (arg.type === 'variadic_argument' ? readList(arg.namedChild(0) ?? arg) : read(arg)));
    });
  }

  private each(node: SyntaxNode, values: (write: SyntaxNode) => SqlValue<SyntaxNode>[]): SqlValue<SyntaxNode> {
    const name = node.childForFieldName('field')?.text ?? '';
    this.fields ??= fieldWrites(this.root);
    const writes = this.fields.get(name) ?? [];
    if (writes.length === 0 || this.active.has(name)) return opaque;
    this.active.add(name);
    const read = writes.flatMap(values);
    this.active.delete(name);
    return read.every((value) => value.kind === 'constant') ? either(read) : opaque;
  }
}
