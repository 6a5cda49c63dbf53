// Django model instance writes per loop item: `line.save()`, `line.delete()`, `line.refresh_from_db()`
// on the items of a queryset loop (or a relation of one), and `Line(…).save()` built in the loop.
import { DJANGO_NEW_INSTANCE_FIX, PYTHON_QUERY_CALLS } from '@plumbline/core/query-calls/python';
import type { SyntaxNode } from '../../check.js';
import { chainLabel, type Link } from './chain.js';
import { boundNames, type Loop } from './loops.js';
import { type FileModels, isModelConstructor, yieldsInstances } from './python-models.js';
import { assignedValue } from './python-queryset.js';
import type { QueryCall } from './report.js';

const FAMILY = PYTHON_QUERY_CALLS.find((family) => family.receiver === 'django-instance');
const FUNCTIONS = new Set(['function_definition', 'lambda', 'class_definition']);
const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);

// Model.save/delete/refresh_from_db take keywords only; img.save(path), wb.save(path), storage.delete(name) do not
function keywordsOnly(call: SyntaxNode): boolean {
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  return args.every((arg) => arg.type === 'keyword_argument' || arg.type === 'dictionary_splat' || arg.type === 'comment');
}

// The for clauses around `node`, up to its function: (what they bind, what they iterate, the loop node)
function enclosingFors(node: SyntaxNode): { names: string[]; iterable?: SyntaxNode; loop: SyntaxNode }[] {
  const found: { names: string[]; iterable?: SyntaxNode; loop: SyntaxNode }[] = [];
  for (let current = node.parent; current && !FUNCTIONS.has(current.type); current = current.parent) {
    const clauses = current.type === 'for_statement' ? [current]
      : COMPREHENSIONS.has(current.type) ? current.namedChildren.filter((child) => child.type === 'for_in_clause') : [];
    for (const clause of clauses) {
      found.push({ names: boundNames(clause.childForFieldName('left')), iterable: clause.childForFieldName('right') ?? undefined, loop: current });
    }
  }
  return found;
}

const inside = (node: SyntaxNode, outer: SyntaxNode): boolean => node.startIndex >= outer.startIndex && node.endIndex <= outer.endIndex;

type Evidence = 'item' | 'new' | undefined;
// Calls that return one model instance of a queryset or manager
const SINGLE = new Set(['get', 'first', 'last', 'earliest', 'latest', 'create']);

// What `node` (a name, `x.relation`, or `qs.first()`) holds, seen from the loop: a model instance or not
function instanceOf(node: SyntaxNode | undefined, loop: Loop, models: FileModels, depth: number): Evidence {
  if (!node || depth > 6) return undefined;
  if (node.type === 'parenthesized_expression') return instanceOf(node.namedChildren.find((child) => child.type !== 'comment'), loop, models, depth + 1);
  if (node.type === 'attribute') return instanceOf(node.childForFieldName('object') ?? undefined, loop, models, depth + 1) && 'item';
  if (node.type === 'call') {
    if (isModelConstructor(node, models)) return 'new';
    const callee = node.childForFieldName('function');
    const receiver = callee?.type === 'attribute' ? callee.childForFieldName('object') ?? undefined : undefined;
    if (!receiver || !SINGLE.has(callee?.childForFieldName('attribute')?.text ?? '')) return undefined;
    // line.allocations.get(), refunds.first(), Order.objects.get(…)
    if (yieldsInstances(receiver.type === 'attribute' ? node : receiver, node)) return 'item';
    const owner = receiver.type === 'attribute' ? receiver.childForFieldName('object') ?? undefined : undefined;
    return owner?.type === 'identifier' ? instanceOf(owner, loop, models, depth + 1) && 'item' : undefined;
  }
  if (node.type !== 'identifier') return undefined;
  const binding = enclosingFors(node).find((clause) => clause.names.includes(node.text));
  if (binding) return yieldsInstances(binding.iterable, binding.loop) ? 'item' : undefined;
  const value = assignedValue(node.text, node);
  return value && inside(value, loop.node) ? instanceOf(value, loop, models, depth + 1) : undefined;
}

// What makes the chain's receiver a model instance: a loop item (or a relation of one), or a model built in the loop
function evidenceOf(links: readonly Link[], call: SyntaxNode, loop: Loop, models: FileModels): Evidence {
  const [root, second] = links;
  if (!root || root.name === '' || root.name === 'self') return undefined;
  const receiver = call.childForFieldName('function')?.childForFieldName('object') ?? undefined;
  // Order(…).save(), models.Order(…).save()
  if (root.call || (links.length === 3 && second?.call)) return isModelConstructor(receiver, models) ? 'new' : undefined;
  if (links.length > 3) return undefined;
  const evidence = instanceOf(receiver, loop, models, 0);
  // a relation of a new object is not new
  return links.length === 3 && evidence ? 'item' : evidence;
}

/** A Django instance write or reload in a loop, when the receiver is shown to be a model instance. */
export function instanceWrite(links: readonly Link[], call: SyntaxNode, loop: Loop, models: () => FileModels): QueryCall | undefined {
  const name = links[links.length - 1]?.name ?? '';
  if (!FAMILY || links.length < 2 || !FAMILY.methods.includes(name) || !keywordsOnly(call)) return undefined;
  const evidence = evidenceOf(links, call, loop, models());
  if (!evidence) return undefined;
  const fix = evidence === 'new' && name === 'save' ? DJANGO_NEW_INSTANCE_FIX : FAMILY.fixes?.[name] ?? FAMILY.fix;
  return { label: chainLabel(links), fix };
}
