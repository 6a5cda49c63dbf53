// The writes of local names in a tree-sitter scope, for following SQL values back to where they
// were built; the value model itself (constant / opaque / built) is core's sql-value.
import type { SqlValue, Write as CoreWrite } from '@plumbline/core/sql-value';
import { constant, opaque } from '@plumbline/core/sql-value';
import type { SyntaxNode } from '../../check.js';

/** One write of a local name, at a tree-sitter node. */
export type Write = CoreWrite<SyntaxNode>;

/** The writes of every name in one scope. */
export type Writes = ReadonlyMap<string, readonly Write[]>;

/** How a language's scopes are read: the file's node type, the nodes that open a nested scope, and what each node writes. */
export interface ScopeSyntax {
  readonly file: string;
  readonly nested: ReadonlySet<string>;
  readonly visit: (node: SyntaxNode, writes: Map<string, Write[]>) => void;
}

/** Every write of every name directly in a scope (the file, or a function's body), cached by scope. */
export function scopeWrites(scope: SyntaxNode, cache: Map<number, Writes>, syntax: ScopeSyntax): Writes {
  const cached = cache.get(scope.id);
  if (cached) return cached;
  const writes = new Map<string, Write[]>();
  walkScope(scope.type === syntax.file ? scope : scope.childForFieldName('body') ?? scope, syntax.nested, (node) => syntax.visit(node, writes));
  cache.set(scope.id, writes);
  return writes;
}

// Walks a scope without entering nested scopes, handing each node to `visit`.
function walkScope(scope: SyntaxNode, nested: ReadonlySet<string>, visit: (node: SyntaxNode) => void): void {
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

/** Resolves values with a guard against cycles (`a = b; b = a`). */
export class Resolver {
  private readonly active = new Set<string>();

  /**
   * Runs `resolve` once per key (a scope and a name) at a time. A name read while its own writes
   * are read (`q = fmt.Sprintf("%s LIMIT %d", q, n)`) adds nothing the other writes do not: the
   * cycle reads as an empty constant; too deep a chain reads as opaque.
   */
  guard(key: string, resolve: () => SqlValue<SyntaxNode>): SqlValue<SyntaxNode> {
    if (this.active.has(key)) return constant();
    if (this.active.size > 40) return opaque;
    this.active.add(key);
    try {
      return resolve();
    } finally {
      this.active.delete(key);
    }
  }
}
