// Go loops that run code per item: `for` in all its forms, including closures started per
// iteration (`go func() { … }()`, `g.Go(func() error { … })`).
import type { SyntaxNode } from '../../check.js';
import { boundNames, exitsFirstPass, findLoop, isShortLiteral, type Loop, type LoopPolicy, loopLabel, TABLE_ITEM, TABLE_WORDS, walksBatches } from './loops.js';

const FUNCTIONS = new Set(['function_declaration', 'method_declaration']);

// for i := 0; i < 3; i++ { … }: a fixed, small count
function isShortCount(clause: SyntaxNode | undefined, max: number): boolean {
  const condition = clause?.childForFieldName('condition');
  const bound = condition?.type === 'binary_expression' ? condition.childForFieldName('right') : undefined;
  const start = clause?.childForFieldName('initializer')?.text ?? '';
  return bound?.type === 'int_literal' && /:= 0$/.test(start) && Number(bound.text) <= max;
}

// rows, err := s.store.QueryContext(ctx, …) before `for rows.Next()`: the handle is `s.store`
function rowsSource(loop: SyntaxNode, rows: string): string | undefined {
  let scope = loop.parent;
  while (scope && !FUNCTIONS.has(scope.type) && scope.type !== 'func_literal') scope = scope.parent;
  if (!scope || !/^\w+$/.test(rows)) return undefined;
  const before = scope.text.slice(0, loop.startIndex - scope.startIndex);
  const found = [...before.matchAll(new RegExp(`\\b${rows}\\s*(?:,\\s*\\w+\\s*)?:?=\\s*([\\w.]+)\\.Query\\w*\\(`, 'g'))];
  return found[found.length - 1]?.[1];
}

function forLoop(node: SyntaxNode, child: SyntaxNode, policy: LoopPolicy): Loop | undefined {
  const body = node.childForFieldName('body');
  if (child.id !== body?.id || exitsFirstPass(body)) return undefined;
  const range = node.namedChildren.find((part) => part.type === 'range_clause');
  const clause = node.namedChildren.find((part) => part.type === 'for_clause');
  const iterable = range?.childForFieldName('right');
  const tables = TABLE_WORDS.test(range?.childForFieldName('left')?.text ?? '');
  if (isShortLiteral(iterable, policy.maxLiteralIterations, tables) || isShortCount(clause, policy.maxLiteralIterations)) return undefined;
  // for i := 0; i < len(ids); i += 500: a stepping loop walks chunks
  const steps = /\+=\s*(?!1$)\S+$/.test(clause?.childForFieldName('update')?.text ?? '');
  if (steps || walksBatches(node, range ? iterable : undefined)) return undefined;
  const targets = boundNames(range?.childForFieldName('left'));
  // for _, table := range Tables: one statement per table is schema work, not a query per row
  if (targets.some((target) => TABLE_ITEM.test(target))) return undefined;
  if (range) return { node, label: loopLabel('for … range loop', node, iterable), targets, iterable: iterable ?? undefined };
  const condition = node.namedChildren.find((part) => part.type === 'call_expression');
  if (condition && /\.Next\(\)$/.test(condition.text) && condition.text.length <= 30) {
    return { node, label: `the \`for ${condition.text}\` loop on line ${node.startPosition.row + 1}`, targets: [], source: rowsSource(node, condition.text.slice(0, -7)) };
  }
  return { node, label: loopLabel('for loop', node), targets: [] };
}

// A closure runs per iteration when it is called there, started as a goroutine, or handed to a
// call (errgroup `g.Go`, `db.Transaction`); not when it is stored (`append(handlers, func…)`) or is
// a subtest (`t.Run(tc.name, func(t *testing.T) { … })`: one test case each, not one query per item).
function closureRunsHere(literal: SyntaxNode): boolean {
  const parent = literal.parent;
  if (parent?.type === 'call_expression') return parent.childForFieldName('function')?.id === literal.id;
  const callee = parent?.type === 'argument_list' ? parent.parent?.childForFieldName('function')?.text ?? '' : 'append';
  return callee !== 'append' && !/^(t|b|s|suite|\w+\.T\(\))\.Run$/.test(callee);
}

/** The Go loop that runs `node` once per item, if any. */
export function goLoop(node: SyntaxNode, policy: LoopPolicy): Loop | undefined {
  return findLoop(node, (current, child) => {
    if (FUNCTIONS.has(current.type)) return policy.isBatchFunction(current.childForFieldName('name')?.text ?? '') ? 'batch' : 'stop';
    if (current.type === 'func_literal') return closureRunsHere(current) ? undefined : 'stop';
    return current.type === 'for_statement' ? forLoop(current, child, policy) : undefined;
  }, (current) => FUNCTIONS.has(current.type) || current.type === 'func_literal');
}
