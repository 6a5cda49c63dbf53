// typescript-eslint's parser, then a count of the syntax tree's depth: ESLint's traversal, its
// scope analysis and the rules all recurse per level and run out of stack somewhere past 550
// levels. A tree deeper than MAX_NESTING_DEPTH is refused here, the same way on every run.
import { MAX_NESTING_DEPTH, NestingLimitError, pushAll } from '@plumbline/core';
import type { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

type Node = { readonly type: string; readonly loc?: { readonly start: { readonly line: number } } };
type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;
// what parseForESLint returns, as far as the count needs it (its package types it loosely)
type Parsed = { readonly ast: Node; readonly visitorKeys: VisitorKeys };
const parser = tseslint.parser as unknown as { parseForESLint(code: string, options?: Record<string, unknown>): Parsed };

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

// The nodes directly under a node, by the parser's visitor keys.
function childrenOf(node: Node, visitorKeys: VisitorKeys): Node[] {
  const children: Node[] = [];
  for (const key of visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) pushAll(children, child.filter(isNode));
    else if (isNode(child)) children.push(child);
  }
  return children;
}

/** The deepest node of a tree, counted without recursion; stops early past `limit`. */
export function treeDepth(root: Node, visitorKeys: VisitorKeys, limit: number): { depth: number; deepest: Node } {
  const stack: [Node, number][] = [[root, 1]];
  let deepest: [Node, number] = [root, 1];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > deepest[1]) deepest = entry;
    if (depth > limit) break;
    for (const child of childrenOf(node, visitorKeys)) stack.push([child, depth + 1]);
  }
  return { depth: deepest[1], deepest: deepest[0] };
}

/** typescript-eslint's parser that throws a NestingLimitError for a syntax tree deeper than MAX_NESTING_DEPTH. */
export const depthLimitedParser: Linter.Parser = {
  meta: { name: 'plumbline/depth-limited-typescript-eslint-parser' },
  parseForESLint(code: string, options?: Record<string, unknown>): Parsed {
    const parsed = parser.parseForESLint(code, options);
    const { depth, deepest } = treeDepth(parsed.ast, parsed.visitorKeys, MAX_NESTING_DEPTH);
    const line = deepest.loc?.start.line;
    // ESLint reads the line of a parser's error from `lineNumber`
    if (depth > MAX_NESTING_DEPTH) throw Object.assign(new NestingLimitError('The file', line), { lineNumber: line });
    return parsed;
  },
} as Linter.Parser;
