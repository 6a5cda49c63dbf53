// The loop a call runs in, per iteration, for Python and Go: which parts of a loop run per
// item, which loops run a fixed small number of times, and which leave after the first item.
import { excerpt } from '@plumbline/core';
import { isSchemaStatement } from '@plumbline/core/query-calls/statements';
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
  /** The handle whose query gave the rows a Go `for rows.Next()` loop walks (`s.store` in `rows, err := s.store.Query(…)`). */
  readonly source?: string;
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

// "order_line", "public.orders": a table name
const TABLE_NAME = /^(["'`])[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?\1$/;
const MODEL_NAME = /^([a-z_]\w*\.)?[A-Z]\w*$/;
/** Names of a loop target or list that hold tables: `table`, `tables`, `TABLES`, `table_name`, `model`. */
export const TABLE_WORDS = /table|model|tbl/i;
/** A loop target that is a table or a model class: `table`, `tbl`, `table_name`, `model`, `model_cls` (not `tables_count`). */
export const TABLE_ITEM = /^(\w+_)?(table|tbl|model)(_?(name|cls|class))?$/i;

// A model: `Order`, `models.Order` (Python), `&AccessToken{}`, `models.User{}` (Go)
function namesModel(item: SyntaxNode): boolean {
  const value = item.type === 'unary_expression' ? item.namedChild(0) : item;
  if (value?.type === 'composite_literal') return value.childForFieldName('body')?.namedChildCount === 0 && MODEL_NAME.test(value.childForFieldName('type')?.text ?? '');
  return (value?.type === 'identifier' || value?.type === 'attribute') && MODEL_NAME.test(value.text);
}

// An item of a literal list that names a table: a model, a row (tuple, struct) that starts with a model, or with
// `strings` a table name (a string list is only of tables when the loop or the list says so)
function namesTable(node: SyntaxNode, strings: boolean): boolean {
  const item = node.type === 'literal_element' ? node.namedChild(0) : node;
  if (!item) return false;
  if (item.type === 'tuple' || item.type === 'literal_value') {
    const first = item.namedChild(0);
    return first !== null && namesModel(first.type === 'literal_element' ? first.namedChild(0) ?? first : first);
  }
  return namesModel(item) || (strings && (item.type === 'string' || item.type === 'interpreted_string_literal') && TABLE_NAME.test(item.text));
}

/**
 * Whether a loop over this iterable runs a fixed, small number of times: a literal of at most `max`
 * items, a literal list of tables or models of any length (the schema fixes it), or `range(3)`.
 * `tableNames`: the loop or the list is named for tables (`for table in …`), so strings name tables.
 */
export function isShortLiteral(iterable: SyntaxNode | null | undefined, max: number, tableNames = false): boolean {
  if (!iterable) return false;
  if (LITERALS.has(iterable.type)) {
    const body = iterable.type === 'composite_literal' ? iterable.childForFieldName('body')?.namedChildren ?? [] : iterable.namedChildren;
    const items = body.filter((item) => item.type !== 'comment');
    return items.length <= max || items.every((item) => namesTable(item, tableNames));
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
  // for start in range(0, len(ids), 500): a stepping range walks chunks
  const range = iterable?.type === 'call' && iterable.childForFieldName('function')?.text === 'range' ? iterable.childForFieldName('arguments')?.namedChildren : undefined;
  if (range?.length === 3 && range[2]?.text !== '1') return true;
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

/**
 * Whether a call runs a script rather than a query per item: the statement a loop item holds
 * (`for stmt in statements: cur.execute(stmt)`), or a schema statement (`DROP TABLE …`).
 */
export function runsScript(call: SyntaxNode, loop: Loop): boolean {
  const args = call.childForFieldName('arguments')?.namedChildren.filter((arg) => arg.type !== 'comment') ?? [];
  // the SQL argument, after Go's leading context
  const sql = args.length > 1 && /^(ctx|\w*Ctx|context\.\w+\(\))$/.test(args[0]?.text ?? '') ? args[1] : args[0];
  const root = sql?.text.match(/^[A-Za-z_]\w*/)?.[0] ?? '';
  return loop.targets.includes(root) || isSchemaStatement(sql?.text ?? '');
}
