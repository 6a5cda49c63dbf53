// SQL text values for the tree-sitter languages: constant, opaque (unknown data, not built
// here) or built from non-constant parts at a site; and the writes of local variables.
import type { SyntaxNode } from '../../check.js';

/** A string value as the rule sees it; `text` is its static text, for telling SQL from prose. */
export type SqlValue =
  | { readonly kind: 'constant'; readonly text: string }
  | { readonly kind: 'opaque'; readonly text: string }
  | { readonly kind: 'built'; readonly text: string; readonly how: string; readonly site: SyntaxNode };

/** A constant value of the given text. */
export const constant = (text = ''): SqlValue => ({ kind: 'constant', text });
/** A value the rule knows nothing about. */
export const opaque: SqlValue = { kind: 'opaque', text: '' };

/** Joins parts the way `+` does: constant when every part is, else built here (or where its one built part was). */
export function combine(parts: readonly SqlValue[], how: string, node: SyntaxNode): SqlValue {
  const text = parts.map((part) => part.text).join('');
  if (parts.every((part) => part.kind === 'constant')) return constant(text);
  const built = parts.filter((part) => part.kind === 'built');
  const first = built[0];
  if (first?.kind === 'built' && built.length === parts.filter((part) => part.kind !== 'constant').length) return { ...first, text };
  return { kind: 'built', text, how, site: node };
}

/** Alternatives (branches, `a if c else b`): built if one is, opaque if one is, else constant. */
export function either(values: readonly SqlValue[]): SqlValue {
  const text = values.map((value) => value.text).join(' ');
  const built = values.find((value) => value.kind === 'built');
  if (built) return { ...built, text };
  if (values.some((value) => value.kind === 'opaque')) return { kind: 'opaque', text };
  return constant(text);
}

/** One write of a local name: `x = v` (or `x := v`), `x += v`, or a call that adds to it (`xs.append(v)`). */
export interface Write {
  readonly value: SyntaxNode | undefined; // undefined: written by something the rule cannot read (a loop, a tuple)
  readonly append: boolean;
  readonly at: SyntaxNode;
}

/** The writes of every name in one scope. */
export type Writes = ReadonlyMap<string, readonly Write[]>;

/** Walks a scope without entering nested scopes, handing each node to `visit`. */
export function walkScope(scope: SyntaxNode, nested: ReadonlySet<string>, visit: (node: SyntaxNode) => void): void {
  const stack = [...scope.namedChildren].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    visit(node);
    if (nested.has(node.type)) continue;
    for (let index = node.namedChildCount - 1; index >= 0; index--) {
      const child = node.namedChild(index);
      if (child) stack.push(child);
    }
  }
}

/** Adds a write to a name's list. */
export function addWrite(writes: Map<string, Write[]>, name: string, write: Write): void {
  const list = writes.get(name);
  if (list) list.push(write);
  else writes.set(name, [write]);
}

/** The value of a name from its writes: alternatives for `=`, then every `+=` appended. */
export function valueOfWrites(writes: readonly Write[], valueOf: (node: SyntaxNode) => SqlValue, how: string): SqlValue {
  const assigned: SqlValue[] = [];
  const appended: SqlValue[] = [];
  let firstAppend: SyntaxNode | undefined;
  for (const write of writes) {
    const value = write.value ? valueOf(write.value) : opaque;
    if (!write.append) {
      assigned.push(value);
      continue;
    }
    firstAppend ??= write.at;
    appended.push(value.kind === 'opaque' ? { ...value, kind: 'built', how, site: write.at } : value);
  }
  // only appends: a strings.Builder's zero value, or a parameter extended here
  const base = assigned.length > 0 ? either(assigned) : constant();
  return firstAppend ? combine([base, ...appended], how, firstAppend) : base;
}

/** Resolves values with a guard against cycles (`a = b; b = a`). */
export class Resolver {
  private readonly active = new Set<string>();

  /** Runs `resolve` once per key (a scope and a name) at a time; a cycle reads as opaque. */
  guard(key: string, resolve: () => SqlValue): SqlValue {
    if (this.active.has(key) || this.active.size > 40) return opaque;
    this.active.add(key);
    try {
      return resolve();
    } finally {
      this.active.delete(key);
    }
  }
}
