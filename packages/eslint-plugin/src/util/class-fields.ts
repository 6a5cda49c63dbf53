// Class fields as SQL text: `this.table` is a constant when every write of it in the class
// (`table = 'users'`, `this.table = 'users'` in a method) is one.
import { either, opaque, type SqlValue as Value } from '@plumbline/core/sql-value';
import type { TSESTree } from '@typescript-eslint/utils';

type SqlValue = Value<TSESTree.Node>;
type Read = (node: TSESTree.Node) => SqlValue;

const cache = new WeakMap<TSESTree.ClassBody, Map<string, (TSESTree.Node | undefined)[]>>();

function keyName(node: TSESTree.Node): string | undefined {
  return node.type === 'Identifier' || node.type === 'PrivateIdentifier' ? node.name : undefined;
}

function classBodyOf(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  let current = node.parent;
  while (current && current.type !== 'ClassBody') current = current.parent;
  return current;
}

// field = v in the body, this.field = v (or +=, ++) anywhere in the class
function fieldWrites(body: TSESTree.ClassBody): Map<string, (TSESTree.Node | undefined)[]> {
  const fields = new Map<string, (TSESTree.Node | undefined)[]>();
  const add = (name: string | undefined, value: TSESTree.Node | undefined): void => {
    if (name !== undefined) fields.set(name, [...(fields.get(name) ?? []), value]);
  };
  const visit = (node: TSESTree.Node): void => {
    if (node.type === 'PropertyDefinition' && !node.computed && node.parent === body) add(keyName(node.key), node.value ?? undefined);
    const target = node.type === 'AssignmentExpression' ? node.left : node.type === 'UpdateExpression' ? node.argument : undefined;
    if (target?.type === 'MemberExpression' && target.object.type === 'ThisExpression' && !target.computed) {
      add(keyName(target.property), node.type === 'AssignmentExpression' && node.operator === '=' ? node.right : undefined);
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'parent' || !child || typeof child !== 'object') continue;
      for (const item of Array.isArray(child) ? child : [child]) if (item && typeof item.type === 'string') visit(item as TSESTree.Node);
    }
  };
  visit(body);
  return fields;
}

const active = new Set<string>();

/** The value of `this.name`: constant when the class never writes it anything else; undefined when it is not `this.name`. */
export function thisFieldValue(node: TSESTree.MemberExpression, read: Read): SqlValue | undefined {
  const name = node.object.type === 'ThisExpression' && !node.computed ? keyName(node.property) : undefined;
  const body = name === undefined ? undefined : classBodyOf(node);
  if (!body || name === undefined) return undefined;
  let fields = cache.get(body);
  if (!fields) {
    fields = fieldWrites(body);
    cache.set(body, fields);
  }
  const writes = fields.get(name) ?? [];
  const key = `${body.range[0]}:${name}`;
  if (writes.length === 0 || active.has(key)) return opaque;
  active.add(key);
  const values = writes.map((value) => (value ? read(value) : opaque));
  active.delete(key);
  return values.every((value) => value.kind === 'constant') ? either(values) : opaque;
}
