// Small tree helpers shared by the Python and Go parts of no-catch-all.
import type { SyntaxNode } from '../../check.js';

/** Visits `root` and its named descendants in document order; `visit` returns false to skip a node's children. */
export function walk(root: SyntaxNode, visit: (node: SyntaxNode) => boolean | void): void {
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    for (let index = node.namedChildCount - 1; index >= 0; index--) {
      const child = node.namedChild(index);
      if (child) stack.push(child);
    }
  }
}

/** Whether any node under `root` (itself included) satisfies `test`. */
export function some(root: SyntaxNode, test: (node: SyntaxNode) => boolean): boolean {
  let found = false;
  walk(root, (node) => {
    if (found) return false;
    found = test(node);
    return !found;
  });
  return found;
}

const MEMBER = new Set(['attribute', 'selector_expression']);
const CALL = new Set(['call', 'call_expression']);

/**
 * The dotted name of a callee: `self.logger.error`, `log.Printf`. A call inside the chain
 * stands for its own callee, so `logging.getLogger(__name__).exception` reads
 * `logging.getLogger.exception`; anything else (a subscript, a literal) ends the name.
 */
export function dottedName(node: SyntaxNode | null): string {
  const parts: string[] = [];
  let current = node;
  while (current) {
    if (current.type === 'identifier' || current.type === 'field_identifier') {
      parts.unshift(current.text);
      break;
    }
    if (CALL.has(current.type)) {
      current = current.childForFieldName('function');
      continue;
    }
    if (!MEMBER.has(current.type)) break;
    const last = current.childForFieldName(current.type === 'attribute' ? 'attribute' : 'field');
    if (last) parts.unshift(last.text);
    current = current.childForFieldName(current.type === 'attribute' ? 'object' : 'operand');
  }
  return parts.join('.');
}

/** The last part of a dotted name: `error` for `self.logger.error`. */
export function lastName(dotted: string): string {
  return dotted.slice(dotted.lastIndexOf('.') + 1);
}

// `e` in `obj.e` or `f(e=1)` is a name of something else, not the variable
function isVariable(node: SyntaxNode): boolean {
  const { parent } = node;
  if (!parent) return true;
  if (parent.type === 'attribute') return parent.childForFieldName('attribute')?.id !== node.id;
  if (parent.type === 'keyword_argument') return parent.childForFieldName('name')?.id !== node.id;
  return true;
}

/** Whether `root` reads one of the variables in `names`. */
export function readsAny(root: SyntaxNode | null, names: ReadonlySet<string>): boolean {
  if (!root || names.size === 0) return false;
  return some(root, (node) => node.type === 'identifier' && names.has(node.text) && isVariable(node));
}

/** The comments on the lines right above `node` (one unbroken block), nearest first. */
export function commentsAbove(node: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  let row = node.startPosition.row;
  // the comments that open a Go block sit before its statement_list
  const first = node.previousSibling ?? (node.parent?.type === 'statement_list' ? node.parent.previousSibling : null);
  for (let previous = first; previous?.type === 'comment' && previous.endPosition.row === row - 1; previous = previous.previousSibling) {
    found.push(previous);
    row = previous.startPosition.row;
  }
  return found;
}
