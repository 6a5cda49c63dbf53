// Functions and classes as the units of core's own-lines model (`ownLineCounts`).
import type { CodeUnit } from '@plumbline/core';
import type { SyntaxNode } from '../../check.js';

// The nearest node before (or after) `node` that is not a comment, looking at the parents'
// neighbours when `node` is the first (or last) of its siblings.
function neighbour(node: SyntaxNode, forward: boolean): SyntaxNode | null {
  for (let current: SyntaxNode | null = node; current; current = current.parent) {
    let sibling = forward ? current.nextSibling : current.previousSibling;
    while (sibling?.type === 'comment') sibling = forward ? sibling.nextSibling : sibling.previousSibling;
    if (sibling) return sibling;
  }
  return null;
}

/** The last row of a node: one that ends at column 0 ends with the previous line's newline. */
export function lastRowOf(node: SyntaxNode): number {
  const { startPosition: start, endPosition: end } = node;
  return end.column === 0 && end.row > start.row ? end.row - 1 : end.row;
}

/** A function or class node as a unit whose lines are its own unless it shares them with other code. */
export function toCodeUnit(node: SyntaxNode): CodeUnit {
  const firstLine = node.startPosition.row;
  const lastLine = lastRowOf(node);
  const before = neighbour(node, false);
  const after = neighbour(node, true);
  return {
    start: node.startIndex, end: node.endIndex, firstLine, lastLine,
    sharesFirstLine: before?.endPosition.row === firstLine,
    sharesLastLine: after?.startPosition.row === lastLine,
  };
}
