// Go 1.26 lets the builtin `new` take an expression (`new(42)`, `new(t.AsTime())`); tree-sitter-go
// 0.25, the newest published grammar, parses only a type there and leaves an ERROR node. Calling
// the same function by another name of the same length (`nEw`) parses as an ordinary call, which
// takes any expression, and keeps every node in its place. Only the `new` calls next to an error
// are renamed: an ordinary call does not take the type forms that `new([]byte)` needs.
// a helper of parser.ts, so it reads web-tree-sitter's types itself: the two do not import each other
import type { Node as SyntaxNode, Query, Tree } from 'web-tree-sitter';

const MAX_SITES = 1000;

function newCallOf(node: SyntaxNode | null): SyntaxNode | undefined {
  if (node?.type !== 'call_expression') return undefined;
  const callee = node.childForFieldName('function');
  return callee?.type === 'identifier' && callee.text === 'new' ? callee : undefined;
}

// `new` callees an error sits in (`new(42)`: an ERROR, or `new(n + 1)`: a MISSING ")", in the
// argument list) or holds (`new(t.AsTime())`: the whole call wrapped in an ERROR).
function calleesNear(error: SyntaxNode): SyntaxNode[] {
  const around = error.parent?.type === 'argument_list' ? newCallOf(error.parent.parent) : undefined;
  if (!error.isError) return around ? [around] : [];
  const inside = error.descendantsOfType('call_expression').map(newCallOf).filter((callee) => callee !== undefined);
  return around ? [around, ...inside] : inside;
}

/** UTF-16 offsets of the `new` callees to rename, or [] when no error is near a `new` call. */
export function newExprSites(tree: Tree, errors: Query): number[] {
  const sites = new Set<number>();
  for (const { node } of errors.captures(tree.rootNode)) {
    for (const callee of calleesNear(node)) sites.add(callee.startIndex);
    if (sites.size > MAX_SITES) break;
  }
  return [...sites].sort((a, b) => a - b);
}

/** The text with `new` spelled `nEw` at each site (same length, same positions). */
export function renameNewCalls(text: string, sites: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const site of sites) {
    out += `${text.slice(from, site)}nEw`;
    from = site + 3;
  }
  return out + text.slice(from);
}
