// A call chain read from the outside in: `Post.objects.filter(x).first()` → Post, objects, filter(), first().
import { excerpt } from '@plumbline/core';
import type { SyntaxNode } from '../../check.js';

/** One name along a chain; `call` is set when the name is called. */
export interface Link {
  readonly name: string;
  readonly call?: SyntaxNode;
}

const MEMBER = { python: ['attribute', 'object', 'attribute', 'call'], go: ['selector_expression', 'operand', 'field', 'call_expression'] } as const;

/** The call whose called name a query captured: `f` in `f(…)`, `Query` in `db.Query(…)`. */
export function callOfName(name: SyntaxNode): SyntaxNode | undefined {
  const parent = name.parent;
  return parent?.type === 'call' || parent?.type === 'call_expression' ? parent : parent?.parent ?? undefined;
}

/**
 * The called name, the last link of chainOf, read without walking the chain: `Query` in
 * `r.db.Query(…)`; undefined when the callee is neither a plain name nor a member.
 */
export function calledName(call: SyntaxNode, language: 'python' | 'go'): string | undefined {
  const [memberType, , nameField] = MEMBER[language];
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') return callee.text;
  return callee?.type === memberType ? callee.childForFieldName(nameField)?.text ?? '' : undefined;
}

/** The links of a call's chain, root first; the root is '' when it is not a plain name. */
export function chainOf(call: SyntaxNode, language: 'python' | 'go'): Link[] {
  const [memberType, objectField, nameField, callType] = MEMBER[language];
  const links: Link[] = [];
  let pending: SyntaxNode | undefined;
  let current: SyntaxNode | null = call;
  for (let steps = 0; current && steps < 30; steps++) {
    if (current.type === callType) {
      pending = current;
      current = current.childForFieldName('function');
    } else if (current.type === memberType) {
      links.unshift({ name: current.childForFieldName(nameField)?.text ?? '', call: pending });
      pending = undefined;
      current = current.childForFieldName(objectField);
    } else if (current.type === 'parenthesized_expression' || current.type === 'subscript' || current.type === 'index_expression') {
      pending = undefined;
      current = current.namedChild(0);
    } else break;
  }
  links.unshift({ name: current?.type === 'identifier' ? current.text : '', call: current?.type === 'identifier' ? pending : undefined });
  return links;
}

/** How a message names a call chain: `` `Post.objects.filter(…).first()` ``, long chains shortened. */
export function chainLabel(links: readonly Link[]): string {
  const parts = links.filter((link, index) => link.name !== '' && !(index === 0 && link.name === 'self'))
    .map((link) => (link.call ? `${link.name}(${link.call.childForFieldName('arguments')?.namedChildCount ? '…' : ''})` : link.name));
  const shown = parts.length > 4 ? `${parts.slice(0, 3).join('.')}….${parts[parts.length - 1] ?? ''}` : parts.join('.');
  return `\`${excerpt(shown, 60)}\``;
}

/** The calls that enclose `call` as the receiver of a longer chain (`a.b()` in `a.b().c()`), innermost first. */
export function outerCalls(call: SyntaxNode, language: 'python' | 'go'): SyntaxNode[] {
  const [memberType, objectField, , callType] = MEMBER[language];
  const outer: SyntaxNode[] = [];
  let current = call;
  while (current.parent?.type === memberType && current.parent.childForFieldName(objectField)?.id === current.id && current.parent.parent?.type === callType) {
    current = current.parent.parent;
    outer.push(current);
  }
  return outer;
}
