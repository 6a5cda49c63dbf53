// Class fields as SQL text: `self.table` is a constant when every write of it in the class
// (`table = "users"` in the class body, `self.table = …` in a method) is one.
import { either, opaque, type SqlValue } from '@plumbline/core/sql-value';
import type { SyntaxNode } from '../../check.js';

type Read = (node: SyntaxNode) => SqlValue<SyntaxNode>;
type Fields = Map<string, (SyntaxNode | undefined)[]>;

const RECEIVERS = new Set(['self', 'cls']);

/** The class a node is in, if any. */
export function classOf(node: SyntaxNode): SyntaxNode | undefined {
  let current = node.parent;
  while (current && current.type !== 'class_definition') current = current.parent;
  return current ?? undefined;
}

// a class defined at the top of the file, by name
function classNamed(node: SyntaxNode, name: string): SyntaxNode | undefined {
  const found = node.tree.rootNode.namedChildren.map((child) => (child.type === 'decorated_definition' ? child.childForFieldName('definition') : child))
    .find((child) => child?.type === 'class_definition' && child.childForFieldName('name')?.text === name);
  return found ?? undefined;
}

// every assignment of a field in the class: in its body, or through self./cls. in its methods
function fieldWrites(body: SyntaxNode): Fields {
  const fields: Fields = new Map();
  const add = (name: string, value: SyntaxNode | undefined): void => {
    fields.set(name, [...(fields.get(name) ?? []), value]);
  };
  for (const node of body.descendantsOfType(['assignment', 'augmented_assignment'])) {
    const left = node.childForFieldName('left');
    const value = node.type === 'assignment' ? node.childForFieldName('right') ?? undefined : undefined;
    if (left?.type === 'identifier' && node.parent?.parent?.id === body.id) add(left.text, value);
    const object = left?.type === 'attribute' ? left.childForFieldName('object')?.text ?? '' : '';
    if (RECEIVERS.has(object)) add(left?.childForFieldName('attribute')?.text ?? '', value);
  }
  return fields;
}

/** Reads `self.name` and `cls.name` from the writes of the class around them. */
export class PythonFields {
  private readonly classes = new Map<number, Fields>();
  private readonly active = new Set<string>();

  /** The value of `self.name` (or `Repo.name` for a class `Repo` of the file), or undefined when the node is not such a field. */
  valueOf(node: SyntaxNode, read: Read): SqlValue<SyntaxNode> | undefined {
    const object = node.childForFieldName('object');
    const name = node.childForFieldName('attribute')?.text;
    const owner = object && RECEIVERS.has(object.text) ? classOf(node) : object?.type === 'identifier' ? classNamed(node, object.text) : undefined;
    const body = owner?.childForFieldName('body');
    if (!object || !name || !owner || !body) return undefined;
    let fields = this.classes.get(owner.id);
    if (!fields) {
      fields = fieldWrites(body);
      this.classes.set(owner.id, fields);
    }
    const writes = fields.get(name) ?? [];
    const key = `${owner.id}:${name}`;
    if (writes.length === 0 || this.active.has(key)) return opaque;
    this.active.add(key);
    const values = writes.map((value) => (value ? read(value) : opaque));
    this.active.delete(key);
    // only a field that never holds anything but constants is one
    return values.every((value) => value.kind === 'constant') ? either(values) : opaque;
  }
}
