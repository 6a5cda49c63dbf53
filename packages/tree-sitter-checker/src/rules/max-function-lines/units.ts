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

// A function's signature, to its last row: Go's body starts at its `{`, which ends the signature;
// a Python body starts at its first statement, after the line of the `:`.
function signatureOf(node: SyntaxNode): [number, number] | undefined {
  const body = node.type === 'class_definition' ? null : node.childForFieldName('body');
  if (!body) return undefined;
  const first = node.startPosition.row;
  const row = body.startPosition.row;
  return [first, body.firstChild?.type === '{' ? row : Math.max(first, row - 1)];
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
    signature: signatureOf(node),
  };
}
