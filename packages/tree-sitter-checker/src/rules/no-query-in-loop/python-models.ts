// Which names of a Django file are model classes, and which iterables yield model instances:
// the evidence the rule needs before it calls `x.save()` a database write.
import type { SyntaxNode } from '../../check.js';
import { chainOf, type Link } from './chain.js';
import { assignedValue, querysetOf } from './python-queryset.js';

/** The model classes a file shows, and the module names that hold models (`models.Order`). */
export interface FileModels {
  readonly classes: ReadonlySet<string>;
  readonly modules: ReadonlySet<string>;
}

const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
const IMPORT = /^from\s+([\w.]+)\s+import\s+(\([^)]*\)|[^\n]+)/gm;
// Calls that pass a queryset's items through: list(qs), sorted(qs, …), enumerate(qs)
const PASS_THROUGH = new Set(['list', 'tuple', 'sorted', 'reversed', 'enumerate']);
// Related-manager and queryset methods that yield model instances
const INSTANCE_METHODS = new Set(['all', 'filter', 'exclude', 'order_by', 'select_related', 'prefetch_related', 'iterator', 'only', 'defer', 'distinct', 'annotate', 'using', 'select_for_update']);

function importedNames(clause: string): string[] {
  return clause.replace(/[()]/g, '').split(',').map((part) => part.trim().split(/\s+as\s+/).pop()?.trim() ?? '').filter(Boolean);
}

/** Model classes: imported from a `models` module, `X = apps.get_model(…)`, used as `X.objects`, or declared as `class X(models.Model)`. */
export function fileModels(text: string): FileModels {
  const classes = new Set<string>();
  const modules = new Set<string>();
  for (const [, from = '', clause = ''] of text.matchAll(IMPORT)) {
    const names = importedNames(clause);
    if (/(^|\.)models$/.test(from)) names.filter((name) => PASCAL.test(name)).forEach((name) => classes.add(name));
    // from saleor.order import models; never django.db's models (fields, Q, F)
    if (!from.startsWith('django')) clause.match(/\bmodels(\s+as\s+(\w+))?/g)?.forEach((bound) => modules.add(bound.split(/\s+as\s+/).pop() ?? ''));
  }
  for (const [, name = ''] of text.matchAll(/\b([A-Z]\w*)\.(objects|_default_manager)\b/g)) classes.add(name);
  for (const [, name = ''] of text.matchAll(/^\s*([A-Z]\w*)\s*=\s*\w+\.get_model\(/gm)) classes.add(name);
  for (const [, name = ''] of text.matchAll(/^\s*class\s+([A-Z]\w*)\((?:[\w.]*\.)?Model\b/gm)) classes.add(name);
  return { classes, modules };
}

/** Whether a call constructs a model of the file: `Order(…)`, `models.Order(…)`. */
export function isModelConstructor(node: SyntaxNode | undefined, models: FileModels): boolean {
  if (node?.type !== 'call') return false;
  const links = chainOf(node, 'python');
  const [first, second] = links;
  if (links.length === 1) return first?.call !== undefined && models.classes.has(first.name);
  return links.length === 2 && !first?.call && models.modules.has(first?.name ?? '') && PASCAL.test(second?.name ?? '') && second?.call !== undefined;
}

const MANAGERS = new Set(['objects', '_default_manager', '_base_manager']);

// Order.objects.filter(…), models.Order.objects.all(), apps.get_model("order", "Order").objects.iterator()
function isManagerQueryset(links: readonly Link[]): boolean {
  const at = links.findIndex((link) => MANAGERS.has(link.name) && !link.call);
  const model = links[at - 1];
  const known = model && (model.call ? model.name === 'get_model' : PASCAL.test(model.name) || model.name === 'model' || model.name === 'cls');
  return at > 0 && Boolean(known) && links.slice(at + 1).every((link) => link.call && INSTANCE_METHODS.has(link.name));
}

// order.lines.all(), order.lines.filter(…).order_by(…): a related manager's instances
function isRelatedQueryset(links: readonly Link[]): boolean {
  const [root, relation, ...methods] = links;
  if (!root || !relation || root.name === '' || root.call || relation.call || MANAGERS.has(relation.name) || methods.length === 0) return false;
  return methods.every((link) => link.call !== undefined && INSTANCE_METHODS.has(link.name));
}

// qs[:limit] is still a queryset; qs[:2] runs a fixed, small number of times, and qs[0] is one item
function sliced(node: SyntaxNode): SyntaxNode | undefined {
  const value = node.childForFieldName('value');
  const index = node.text.slice(value?.text.length ?? 0);
  return /^\[\s*:?\s*\d+\s*\]$/.test(index) ? undefined : value ?? undefined;
}

// (Order.objects.filter(…).iterator()) → the call inside; list(qs), enumerate(qs) → qs; a name → its last value
function unwrap(node: SyntaxNode | undefined, before: SyntaxNode): SyntaxNode | undefined {
  let current = node;
  for (let hops = 0; current && hops < 6; hops++) {
    if (current.type === 'parenthesized_expression') current = current.namedChildren.find((child) => child.type !== 'comment');
    else if (current.type === 'subscript') current = sliced(current);
    else if (current.type === 'identifier') current = assignedValue(current.text, before);
    else if (current.type !== 'call') return undefined;
    else {
      const callee = current.childForFieldName('function');
      if (callee?.type !== 'identifier' || !PASS_THROUGH.has(callee.text)) return current;
      current = current.childForFieldName('arguments')?.namedChildren[0];
    }
  }
  return undefined;
}

/** Whether a loop over `iterable` yields Django model instances: a visible queryset, a related manager, or a pass-through of one. */
export function yieldsInstances(iterable: SyntaxNode | undefined, before: SyntaxNode, depth = 0): boolean {
  const current = unwrap(iterable, before);
  if (!current) return false;
  const queryset = querysetOf(current, before);
  if (queryset) return !queryset.plain;
  const links = chainOf(current, 'python');
  if (isManagerQueryset(links) || isRelatedQueryset(links)) return true;
  // qs.iterator(), qs.filter(…) on a name the function assigned a queryset to
  const [root, ...methods] = links;
  const refines = root && !root.call && root.name !== '' && methods.length > 0 && methods.every((link) => link.call && INSTANCE_METHODS.has(link.name));
  return Boolean(refines) && depth < 3 && yieldsInstances(assignedValue(root?.name ?? '', before), before, depth + 1);
}
