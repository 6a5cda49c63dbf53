// The Django queryset a loop iterates, when it is visible in the function: its model and the
// relations it loads eagerly (select_related / prefetch_related).
import type { SyntaxNode } from '../../check.js';
import { chainOf, type Link } from './chain.js';
import { perScope } from './per-scope.js';

/** A queryset built from a model manager, as the loop sees it. */
export interface Queryset {
  readonly model: string;
  /** Relations loaded eagerly (first part of `author__profile`); `*` for all (`select_related()`, a `Prefetch` object not read). */
  readonly eager: ReadonlySet<string>;
  /** Whether it yields dicts or tuples (`values`, `values_list`), not model instances. */
  readonly plain: boolean;
  /** The ORM, when not Django. */
  readonly library?: 'SQLAlchemy';
}

const EAGER = new Set(['select_related', 'prefetch_related']);
const MANAGERS = new Set(['objects', '_default_manager', '_base_manager']);
const PASS_THROUGH = new Set(['list', 'tuple', 'sorted', 'reversed', 'enumerate']);

// "author__profile" → author; Prefetch("lines", queryset=…) → lines
function eagerNames(call: SyntaxNode): string[] {
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  if (args.length === 0) return ['*'];
  return args.map((arg) => {
    const text = arg.type === 'call' ? arg.childForFieldName('arguments')?.namedChildren[0]?.text ?? '' : arg.text;
    return /^["']/.test(text) ? text.slice(1, -1).split('__')[0] ?? '*' : '*';
  });
}

// A scope's assignments by name, in source order: where each starts and what it assigns.
type Assignments = ReadonlyMap<string, readonly { readonly start: number; readonly value: SyntaxNode | undefined }[]>;

const assignmentsIn = perScope((scope): Assignments => {
  const byName = new Map<string, { start: number; value: SyntaxNode | undefined }[]>();
  for (const assignment of scope.descendantsOfType('assignment')) {
    const name = assignment.childForFieldName('left')?.text ?? '';
    const list = byName.get(name) ?? [];
    list.push({ start: assignment.startIndex, value: assignment.childForFieldName('right') ?? undefined });
    byName.set(name, list);
  }
  return byName;
});

// KINDS = ("a", "b") at the top of the module: the first such assignment of each name
const topLevel = perScope((module): ReadonlyMap<string, SyntaxNode | undefined> => {
  const top = new Map<string, SyntaxNode | undefined>();
  for (const node of module.namedChildren.map((child) => child.namedChild(0)).filter((child) => child?.type === 'assignment')) {
    const name = node?.childForFieldName('left')?.text ?? '';
    if (!top.has(name)) top.set(name, node?.childForFieldName('right') ?? undefined);
  }
  return top;
});

// The last of a name's assignments that starts before `offset` (binary search: they are in source order).
function lastBefore(list: Assignments extends ReadonlyMap<string, infer L> ? L : never, offset: number): SyntaxNode | undefined {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? list[low - 1]!.value : undefined;
}

/** The value last assigned to `name` before `before` in the function around it, else at the module's top level. */
export function assignedValue(name: string, before: SyntaxNode): SyntaxNode | undefined {
  let scope = before.parent;
  while (scope && scope.type !== 'function_definition' && scope.type !== 'module') scope = scope.parent;
  if (!scope) return undefined;
  const value = lastBefore(assignmentsIn(scope).get(name) ?? [], before.startIndex);
  if (value || scope.type !== 'function_definition') return value;
  return topLevel(before.tree.rootNode).get(name);
}

/** The Django queryset an iterable is, following local names a few assignments back; undefined when not visible. */
export function querysetOf(iterable: SyntaxNode | undefined, loop: SyntaxNode): Queryset | undefined {
  let links: Link[] = [];
  let current = iterable;
  for (let hops = 0; current && hops < 4; hops++) {
    if (current.type === 'identifier') current = assignedValue(current.text, loop);
    if (current?.type !== 'call') return undefined;
    // list(qs), enumerate(qs), sorted(qs, …): the items of the queryset inside
    const callee = current.childForFieldName('function');
    if (callee?.type === 'identifier' && PASS_THROUGH.has(callee.text)) {
      current = current.childForFieldName('arguments')?.namedChildren[0];
      continue;
    }
    const at: SyntaxNode = current.parent?.type === 'assignment' ? current.parent : loop;
    const chain = chainOf(current, 'python');
    links = chain.slice(1).concat(links); // not unshift(...chain): a chain may be 100,000 calls long
    const root = chain[0]?.name ?? '';
    // Order.objects…, or models.Order.objects… through a module
    const index = chain[1] && MANAGERS.has(chain[1].name) ? 1 : chain.length > 3 && !chain[0]?.call && chain[2] && MANAGERS.has(chain[2].name) ? 2 : -1;
    const model = chain[index - 1]?.name ?? '';
    if (index > 0 && (/^[A-Z]/.test(model) || model === 'model' || model === 'cls')) {
      const eager = new Set(links.filter((link) => link.call && EAGER.has(link.name)).flatMap((link) => (link.call ? eagerNames(link.call) : [])));
      return { model, eager, plain: links.some((link) => link.name === 'values' || link.name === 'values_list') };
    }
    // qs = qs.filter(…): the queryset it refines, assigned before (not order.lines.all(): a relation of `order`)
    current = chain[0]?.call || root === '' || chain.slice(1).some((link) => !link.call) ? undefined : assignedValue(root, at);
  }
  return undefined;
}
