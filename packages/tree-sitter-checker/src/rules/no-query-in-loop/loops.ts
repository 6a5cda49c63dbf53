// The loop a call runs in, per iteration, for Python and Go: which parts of a loop run per
// item, which loops run a fixed small number of times, and which leave after the first item.
import { excerpt } from '@plumbline/core';
import type { NoQueryInLoopOptions } from '@plumbline/core/rules/no-query-in-loop';
import type { SyntaxNode } from '../../check.js';
import { compilePatterns, matchesPattern } from './names.js';

/** A loop whose body runs per item, as the message names it. */
export interface Loop {
  readonly node: SyntaxNode;
  readonly label: string;
  /** The names the loop binds per item (`order` in `for order in orders`). */
  readonly targets: readonly string[];
  /** What the loop iterates, when it is a `for` over something. */
  readonly iterable?: SyntaxNode;
}

/** What decides whether a found loop counts. */
export interface LoopPolicy {
  readonly maxLiteralIterations: number;
  /** Whether a function of this name batches on purpose. */
  readonly isBatchFunction: (name: string) => boolean;
}

/** The loop policy of a file's options: literal bound and batch function names. */
export function loopPolicy(options: NoQueryInLoopOptions, builtIn: readonly string[]): LoopPolicy {
  const batch = compilePatterns([...builtIn, ...options.batchFunctions]);
  return { maxLiteralIterations: options.maxLiteralIterations, isBatchFunction: (name) => matchesPattern(batch, [], name) };
}

const LITERALS = new Set(['list', 'tuple', 'set', 'composite_literal']);

/** Whether a loop over this iterable runs at most `max` times: a short literal, or `range(3)`. */
export function isShortLiteral(iterable: SyntaxNode | null | undefined, max: number): boolean {
  if (!iterable) return false;
  if (LITERALS.has(iterable.type)) {
    const items = iterable.type === 'composite_literal' ? iterable.childForFieldName('body')?.namedChildren ?? [] : iterable.namedChildren;
    return items.filter((item) => item.type !== 'comment').length <= max;
  }
  // range(3), or Go `i < 3`
  const bound = iterable.type === 'call' && iterable.childForFieldName('function')?.text === 'range'
    ? iterable.childForFieldName('arguments')?.namedChildren : undefined;
  return bound?.length === 1 && /^\d+$/.test(bound[0]?.text ?? '') && Number(bound[0]?.text) <= max;
}

const EXITS = new Set(['return_statement', 'break_statement', 'raise_statement']);

// for batch in chunked(ids, 500), queryset_in_batches(qs), while True: … [:batch_size]: a query per batch is the batched form
const BATCHES = /batch|chunk|page/i;

/** Whether a loop walks through batches (its iterable, or for a while loop its whole text, names batches, chunks or pages). */
export function walksBatches(loop: SyntaxNode, iterable: SyntaxNode | null | undefined): boolean {
  // qs.iterator(chunk_size=1000) still yields one item at a time
  return BATCHES.test((iterable ? iterable.text : loop.text).replace(/\b\w+_size\s*=/g, ''));
}

/** Whether a loop body leaves on its first pass: an unconditional `return`, `break` or `raise` at its top level. */
export function exitsFirstPass(body: SyntaxNode | null): boolean {
  const statements = body?.namedChildren.flatMap((child) => (child.type === 'statement_list' ? child.namedChildren : [child])) ?? [];
  return statements.some((statement) => EXITS.has(statement.type));
}

/** The identifiers a loop target binds (`k, v`, `(a, b)`, `_, order`). */
export function boundNames(target: SyntaxNode | null | undefined): string[] {
  if (!target) return [];
  if (target.type === 'identifier') return target.text === '_' ? [] : [target.text];
  return target.namedChildren.flatMap(boundNames);
}

/** How a message names a loop: kind, what it iterates and where. */
export function loopLabel(kind: string, node: SyntaxNode, iterable?: SyntaxNode | null): string {
  const over = iterable && iterable.text.length <= 40 ? ` over \`${excerpt(iterable.text)}\`` : '';
  return `the ${kind}${over} on line ${node.startPosition.row + 1}`;
}

/** Finds the innermost loop that runs `node` per item, walking up with a language's step; undefined when none or inside a batch function. */
export function findLoop(
  node: SyntaxNode,
  step: (current: SyntaxNode, child: SyntaxNode) => Loop | 'stop' | 'batch' | undefined,
  isFunction: (current: SyntaxNode) => boolean,
): Loop | undefined {
  let child = node;
  let loop: Loop | undefined;
  for (let current = node.parent; current; child = current, current = current.parent) {
    const found = loop ? (isFunction(current) ? step(current, child) : undefined) : step(current, child);
    if (found === 'batch') return undefined;
    if (found === 'stop') {
      if (!loop) return undefined;
      continue;
    }
    loop ??= found;
  }
  return loop;
}

/** Whether a call runs the statement a loop item holds (`for stmt in statements: cur.execute(stmt)`): a script, not a query per item. */
export function runsItemStatement(call: SyntaxNode, loop: Loop): boolean {
  const args = call.childForFieldName('arguments')?.namedChildren.filter((arg) => arg.type !== 'comment') ?? [];
  // the SQL argument, after Go's leading context
  const sql = args.length > 1 && /^(ctx|\w*Ctx|context\.\w+\(\))$/.test(args[0]?.text ?? '') ? args[1] : args[0];
  const root = sql?.text.match(/^[A-Za-z_]\w*/)?.[0] ?? '';
  return loop.targets.includes(root);
}
