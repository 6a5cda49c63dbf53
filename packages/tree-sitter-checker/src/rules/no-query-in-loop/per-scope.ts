// Facts about a scope (a function, the module) that every loop in it asks for, computed once per
// scope of a tree: computing them per loop made a module of 4,000 loops take minutes.
import type { SyntaxNode } from '../../check.js';

/** `compute` memoized per scope node of each tree; a tree's entries go with the tree. */
export function perScope<T>(compute: (scope: SyntaxNode) => T): (scope: SyntaxNode) => T {
  const byTree = new WeakMap<SyntaxNode['tree'], Map<number, T>>();
  return (scope) => {
    let scopes = byTree.get(scope.tree);
    if (!scopes) byTree.set(scope.tree, (scopes = new Map()));
    if (!scopes.has(scope.id)) scopes.set(scope.id, compute(scope));
    return scopes.get(scope.id) as T;
  };
}
