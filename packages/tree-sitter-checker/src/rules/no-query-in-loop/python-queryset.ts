// The Django queryset a loop iterates, when it is visible in the function: its model and the
// relations it loads eagerly (select_related / prefetch_related).
import type { SyntaxNode } from '../../check.js';
import { chainOf, type Link } from './chain.js';

/** A queryset built from a model manager, as the loop sees it. */
export interface Queryset {
  readonly model: string;
  /** Relations loaded eagerly (first part of `author__profile`); `*` for all (`select_related()`, a `Prefetch` object not read). */
  readonly eager: ReadonlySet<string>;
  /** Whether it yields dicts or tuples (`values`, `values_list`), not model instances. */
  readonly plain: boolean;
}

const EAGER = new Set(['select_related', 'prefetch_related']);
const MANAGERS = new Set(['objects', '_default_manager', '_base_manager']);

// "author__profile" → author; Prefetch("lines", queryset=…) → lines
function eagerNames(call: SyntaxNode): string[] {
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  if (args.length === 0) return ['*'];
  return args.map((arg) => {
    const text = arg.type === 'call' ? arg.childForFieldName('arguments')?.namedChildren[0]?.text ?? '' : arg.text;
    return /^["']/.test(text) ? text.slice(1, -1).split('__')[0] ?? '*' : '*';
  });
}

/** The value last assigned to `name` before `before` in the function around it, else at the module's top level. */
export function assignedValue(name: string, before: SyntaxNode): SyntaxNode | undefined {
  let scope = before.parent;
  while (scope && scope.type !== 'function_definition' && scope.type !== 'module') scope = scope.parent;
  let value: SyntaxNode | undefined;
  for (const assignment of scope?.descendantsOfType('assignment') ?? []) {
    if (assignment.startIndex >= before.startIndex) break;
    if (assignment.childForFieldName('left')?.text === name) value = assignment.childForFieldName('right') ?? undefined;
  }
  if (value || scope?.type !== 'function_definition') return value;
  // KINDS = ("a", "b") at the top of the module
  const top = before.tree.rootNode.namedChildren.map((node) => node.namedChild(0)).filter((node) => node?.type === 'assignment');
  return top.find((node) => node?.childForFieldName('left')?.text === name)?.childForFieldName('right') ?? undefined;
}

/** The Django queryset an iterable is, following local names a few assignments back; undefined when not visible. */
export function querysetOf(iterable: SyntaxNode | undefined, loop: SyntaxNode): Queryset | undefined {
  let links: Link[] = [];
  let current = iterable;
  for (let hops = 0; current && hops < 4; hops++) {
    if (current.type === 'identifier') current = assignedValue(current.text, loop);
    if (current?.type !== 'call') return undefined;
    const at: SyntaxNode = current.parent?.type === 'assignment' ? current.parent : loop;
    const chain = chainOf(current, 'python');
    links = chain.slice(1).concat(links); // not unshift(...chain): a chain may be 100,000 calls long
    const root = chain[0]?.name ?? '';
    const manager = chain[1];
    if (manager && MANAGERS.has(manager.name) && (/^[A-Z]/.test(root) || root === 'model' || root === 'cls')) {
      const eager = new Set(links.filter((link) => link.call && EAGER.has(link.name)).flatMap((link) => (link.call ? eagerNames(link.call) : [])));
      return { model: root, eager, plain: links.some((link) => link.name === 'values' || link.name === 'values_list') };
    }
    // qs = qs.filter(…): the queryset it refines, assigned before
    current = chain[0]?.call || root === '' ? undefined : assignedValue(root, at);
  }
  return undefined;
}
