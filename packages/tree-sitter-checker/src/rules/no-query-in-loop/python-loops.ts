// Python loops that run code per item: `for`/`async for`, `while`, comprehensions and
// generator expressions; functions and lambdas end the search, batch functions silence it.
import type { SyntaxNode } from '../../check.js';
import { perScope } from './per-scope.js';
import { assignedValue } from './python-queryset.js';
import { boundNames, exitsFirstPass, findLoop, isShortLiteral, type Loop, type LoopPolicy, loopLabel, TABLE_ITEM, TABLE_WORDS, walksBatches } from './loops.js';

const COMPREHENSIONS: Readonly<Record<string, string>> = {
  list_comprehension: 'list comprehension', set_comprehension: 'set comprehension',
  dictionary_comprehension: 'dict comprehension', generator_expression: 'generator expression',
};
const FUNCTIONS = new Set(['function_definition', 'lambda', 'class_definition']);

// `KINDS.append(…)`, `KINDS += …`: names a scope adds to, read once per scope of a tree (not once per loop)
const GROWS = /(?<![\p{L}\p{N}_])([\p{L}_][\p{L}\p{N}_]*)(?:\.(?:append|extend|add|update|insert)\(|\s*[+|]=)/gu;
const grownNames = perScope((scope): ReadonlySet<string> => new Set([...scope.text.matchAll(GROWS)].map((match) => match[1] ?? '')));

// for kind in KINDS, with KINDS = ("a", "b") in the function or module and never added to: a literal through a name
function isShortIterable(iterable: SyntaxNode | null | undefined, loop: SyntaxNode, max: number, target?: SyntaxNode | null): boolean {
  const tables = TABLE_WORDS.test(target?.text ?? '') || (iterable?.type === 'identifier' && TABLE_WORDS.test(iterable.text));
  if (iterable?.type !== 'identifier') return isShortLiteral(iterable, max, tables);
  const value = assignedValue(iterable.text, loop);
  let scope = loop.parent;
  while (scope && scope.type !== 'function_definition' && scope.type !== 'module') scope = scope.parent;
  const grows = scope !== null && grownNames(scope).has(iterable.text);
  return !grows && (value?.namedChildCount ?? 0) > 0 && isShortLiteral(value, max, tables);
}

// for x in xs: body (the iterable and the else clause run once)
function forLoop(node: SyntaxNode, child: SyntaxNode, policy: LoopPolicy): Loop | undefined {
  const body = node.childForFieldName('body');
  const iterable = node.childForFieldName('right');
  if (child.id !== body?.id || isShortIterable(iterable, node, policy.maxLiteralIterations, node.childForFieldName('left')) || exitsFirstPass(body)) return undefined;
  // for table in tables: one statement per table is schema work, not a query per row
  const targets = boundNames(node.childForFieldName('left'));
  if (walksBatches(node, iterable) || targets.some((target) => TABLE_ITEM.test(target))) return undefined;
  const kind = node.text.startsWith('async') ? 'async for loop' : 'for loop';
  return { node, label: loopLabel(kind, node, iterable), targets, iterable: iterable ?? undefined };
}

// [f(x) for x in xs if g(x)]: everything but the first iterable runs per item
function comprehension(node: SyntaxNode, inner: SyntaxNode, policy: LoopPolicy): Loop | undefined {
  const first = node.namedChildren.find((part) => part.type === 'for_in_clause');
  const iterable = first?.childForFieldName('right');
  if (!first || (iterable && inner.startIndex >= iterable.startIndex && inner.endIndex <= iterable.endIndex)) return undefined;
  if (isShortIterable(iterable, node, policy.maxLiteralIterations, first.childForFieldName('left'))) return undefined;
  return { node, label: loopLabel(COMPREHENSIONS[node.type] ?? 'comprehension', node, iterable), targets: boundNames(first.childForFieldName('left')), iterable: iterable ?? undefined };
}

/** The Python loop that runs `node` once per item, if any. */
export function pythonLoop(node: SyntaxNode, policy: LoopPolicy): Loop | undefined {
  return findLoop(node, (current, child) => {
    if (FUNCTIONS.has(current.type)) {
      const name = current.childForFieldName('name')?.text ?? '';
      return current.type === 'function_definition' && policy.isBatchFunction(name) ? 'batch' : 'stop';
    }
    if (current.type === 'for_statement') return forLoop(current, child, policy);
    if (current.type === 'while_statement') {
      const body = current.childForFieldName('body');
      // a query in the condition (`while qs.exists():`) pages through batches; the body runs per pass
      return child.id === body?.id && !exitsFirstPass(body) && !walksBatches(current, undefined) ? { node: current, label: loopLabel('while loop', current), targets: [] } : undefined;
    }
    const kind = COMPREHENSIONS[current.type];
    return kind ? comprehension(current, node, policy) : undefined;
  }, (current) => FUNCTIONS.has(current.type));
}
