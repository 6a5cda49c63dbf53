// Whether a query in a loop runs at most once, for Python and Go: it sits in a branch that
// leaves the loop (return, raise, break of this loop, Go `panic`) after it.
import type { SyntaxNode } from '../../check.js';

// Statements that end the loop when they run: `panic(…)` too in Go
const LEAVES = new Set(['return_statement', 'raise_statement', 'break_statement']);
// What a `break` or `return` between the exit and the loop would stop instead of the loop
const BREAK_TARGETS = new Set(['for_statement', 'while_statement', 'expression_switch_statement', 'type_switch_statement', 'select_statement']);
const FUNCTION_BOUNDARIES = new Set(['func_literal', 'lambda', 'function_definition']);

// Whether a statement ends `loop` when it runs: a return or raise not inside a closure, a break of this loop (not of a switch or an inner loop)
function leaves(statement: SyntaxNode, loop: SyntaxNode): boolean {
  const isPanic = statement.type === 'expression_statement' && /^panic\(/.test(statement.text);
  if (!LEAVES.has(statement.type) && !isPanic) return false;
  const labeled = statement.type === 'break_statement' && statement.namedChildCount > 0;
  for (let current = statement.parent; current && current.id !== loop.id; current = current.parent) {
    if (FUNCTION_BOUNDARIES.has(current.type)) return false;
    if (statement.type === 'break_statement' && !labeled && BREAK_TARGETS.has(current.type)) return false;
  }
  return true;
}

/**
 * Whether `node` runs at most once per loop: it sits in a branch that leaves the loop after it
 * (`if found: obj = q(); return obj`), so the loop ends the first time it runs.
 */
export function leavesLoopAfter(node: SyntaxNode, loop: SyntaxNode): boolean {
  for (let current = node; current.parent && current.id !== loop.id; current = current.parent) {
    const container = current.parent;
    if (container.type !== 'block' && container.type !== 'statement_list') continue;
    const siblings = container.namedChildren;
    const at = siblings.findIndex((sibling) => sibling.id === current.id);
    if (siblings.slice(at).some((statement) => leaves(statement, loop))) return true;
  }
  return false;
}
