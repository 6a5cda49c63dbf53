// A file with syntax errors is still checked: the statements that hold an error are left out
// (their findings would rest on a tree the parser guessed), the rest of the file is checked.
import type { Span } from './check.js';
import { errorQueryFor, type TreeSitterLanguage } from './languages.js';
import type { SyntaxNode, Tree } from './parser.js';

/** The parts of a file the checks must not report in: 0-based row ranges, both ends included. */
export interface Damage {
  readonly ranges: readonly (readonly [number, number])[];
  /** 0-based row of the first error. */
  readonly firstRow: number;
  /** How many distinct rows the ranges cover. */
  readonly rows: number;
}

// More error nodes than this and the file is not what the grammar parses (another language, a
// template): it is not checked at all, as it would be if every row were damaged.
const MAX_ERRORS = 500;

const STATEMENT = /(?:_statement|_declaration|_definition|_clause|_spec)$/;

// Go 1.26 lets `new` take an expression (`new(42)`, `new(f())`); tree-sitter-go 0.25 parses
// only a type there. The code is valid: the error inside `new(…)` is not damage.
function isGrammarGap(node: SyntaxNode, language: TreeSitterLanguage): boolean {
  if (language !== 'go' || !node.isError) return false;
  const call = node.parent?.type === 'argument_list' ? node.parent.parent : null;
  return call?.type === 'call_expression' && call.childForFieldName('function')?.text === 'new';
}

// The nearest statement or declaration around an error, or the error itself at the top level.
function damagedNode(node: SyntaxNode): SyntaxNode {
  for (let current = node.parent; current?.parent; current = current.parent) {
    if (STATEMENT.test(current.type)) return current;
  }
  return node;
}

function merge(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The damaged parts of a parsed file, or undefined when it has no syntax error that counts. */
export function damageOf(tree: Tree, language: TreeSitterLanguage, lineCount: number): Damage | undefined {
  if (!tree.rootNode.hasError) return undefined;
  const ranges: [number, number][] = [];
  let errors = 0;
  for (const match of errorQueryFor(language).matches(tree.rootNode)) {
    for (const { node } of match.captures) {
      if (isGrammarGap(node, language)) continue;
      if ((errors += 1) > MAX_ERRORS) return { ranges: [[0, lineCount]], firstRow: firstRow(ranges), rows: lineCount };
      const damaged = damagedNode(node);
      ranges.push([damaged.startPosition.row, damaged.endPosition.row]);
    }
  }
  if (ranges.length === 0) return undefined;
  const merged = merge(ranges);
  return { ranges: merged, firstRow: firstRow(ranges), rows: merged.reduce((sum, [start, end]) => sum + end - start + 1, 0) };
}

function firstRow(ranges: readonly (readonly [number, number])[]): number {
  return ranges.reduce((first, [start]) => Math.min(first, start), Infinity);
}

/** Whether a span touches a damaged row. */
export function isDamaged(damage: Damage | undefined, { start, end }: Span): boolean {
  return damage?.ranges.some(([first, last]) => start.row <= last && end.row >= first) ?? false;
}
