import meta, { type MaxNestingDepthOptions } from '@plumbline/core/rules/max-nesting-depth';
import { defineCheck, spanOf, type Match, type Measure, type Report, type SyntaxNode } from '../../check.js';

// A captured node as a range of the text: a control block that adds a level, or a scope
// (function) that starts a count of its own.
interface Region {
  readonly node: SyntaxNode;
  readonly start: number;
  readonly end: number;
  readonly isScope: boolean;
}

const functionTypes = new Set(['function_declaration', 'method_declaration', 'func_literal']);

// Go's event loop: the `for` whose body ends with the select is a statement of the function body
// (labelled or not). select → statement_list → block → for_statement.
function isFunctionEventLoop(select: SyntaxNode): boolean {
  let loop = select.parent?.parent?.parent;
  if (loop?.parent?.type === 'labeled_statement') loop = loop.parent;
  const block = loop?.parent?.type === 'statement_list' ? loop.parent.parent : loop?.parent;
  return block?.type === 'block' && functionTypes.has(block.parent?.type ?? '');
}

// The regions in document order, outer before inner. Blocks that add no level are left out, so
// what they hold nests one level up: `else if` (under the first `if` of its chain) and the select
// that ends a Go function's for-select event loop (one construct).
function toRegions(matches: readonly Match[]): Region[] {
  const chained = new Set<number>();
  for (const match of matches) {
    const flat = match._else_if ?? (match._for_select && isFunctionEventLoop(match._for_select) ? match._for_select : undefined);
    if (flat) chained.add(flat.startIndex);
  }
  const regions: Region[] = [];
  for (const match of matches) {
    const node = match.finding ?? match._scope;
    if (!node || (match.finding && chained.has(node.startIndex))) continue;
    regions.push({ node, start: node.startIndex, end: node.endIndex, isScope: !match.finding });
  }
  return regions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Depth by containment of ranges, with an explicit stack rather than walking ancestors:
 * linear in the number of captured nodes, and safe at any nesting. Only blocks at exactly
 * max + 1 are reported: the entry into too-deep nesting, not every block inside it.
 */
const measure: Measure<MaxNestingDepthOptions> = (matches, _file, { max }) => {
  const open = [{ end: Infinity, depth: 0 }]; // module-level code counts as its own scope
  const reports: Report[] = [];
  for (const region of toRegions(matches)) {
    let outer = open[open.length - 1];
    while (outer && outer.end <= region.start) {
      open.pop();
      outer = open[open.length - 1];
    }
    const depth = region.isScope ? 0 : (outer?.depth ?? 0) + 1;
    // Reported at the statement's keyword (`if`, `for`, `async`, `switch`, ...).
    if (depth === max + 1) reports.push({ at: spanOf(region.node.firstChild ?? region.node), data: { depth, max } });
    open.push({ end: region.end, depth });
  }
  return reports;
};

export default defineCheck(meta, {
  python: { query: 'max-nesting-depth/python', messageId: 'tooDeep', measure },
  go: { query: 'max-nesting-depth/go', messageId: 'tooDeep', measure },
});
