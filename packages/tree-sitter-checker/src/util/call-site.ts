// A call read by argument position and keyword, from its captured called name: for rules whose
// catalogs say where an argument is (no-weak-password-hash, jwt-requires-expiry).
import type { SyntaxNode } from '../check.js';
import { receiverNames } from './sql-sinks.js';

/** A call, its name and receiver, and its arguments. */
export interface CallSite {
  readonly call: SyntaxNode;
  readonly name: string;
  /** Names along the receiver, outermost first (`self.h.update` → self, h); empty for a bare call. */
  readonly receivers: readonly string[];
  /** The receiver expression of a method or package call. */
  readonly receiver?: SyntaxNode;
  readonly positional: readonly SyntaxNode[];
  /** Python keyword arguments, by keyword. */
  readonly keywords: ReadonlyMap<string, SyntaxNode>;
}

/** Where an argument is: its position (-1: keyword only) and, in Python, its keyword. */
export interface ArgumentAt {
  readonly index: number;
  readonly keyword?: string;
}

const SYNTAX = {
  python: { call: 'call', member: 'attribute', receiver: 'object' },
  go: { call: 'call_expression', member: 'selector_expression', receiver: 'operand' },
} as const;

/** The call whose called name is `nameNode` (`md5` in `hashlib.md5(…)` or in `md5(…)`). */
export function callSiteOf(language: 'python' | 'go', nameNode: SyntaxNode): CallSite | undefined {
  const syntax = SYNTAX[language];
  const callee = nameNode.parent;
  const isBare = callee?.type === syntax.call;
  const call = isBare ? callee : callee?.parent;
  if (!callee || call?.type !== syntax.call || (!isBare && callee.type !== syntax.member)) return undefined;
  const receiver = isBare ? undefined : callee.childForFieldName(syntax.receiver) ?? undefined;
  const positional: SyntaxNode[] = [];
  const keywords = new Map<string, SyntaxNode>();
  for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (argument.type === 'comment') continue;
    const value = argument.type === 'keyword_argument' ? argument.childForFieldName('value') : undefined;
    if (value) keywords.set(argument.childForFieldName('name')?.text ?? '', value);
    else positional.push(argument);
  }
  const receivers = receiver ? receiverNames(receiver, language) : [];
  return { call, name: nameNode.text, receivers, ...(receiver ? { receiver } : {}), positional, keywords };
}

/** The argument at a position or keyword, if the call passes it. */
export function argumentAt(site: CallSite, at: ArgumentAt): SyntaxNode | undefined {
  return (at.keyword === undefined ? undefined : site.keywords.get(at.keyword)) ?? (at.index >= 0 ? site.positional[at.index] : undefined);
}

/** How a message names a call: `hashlib.sha256`, `jwt.encode`, `h.update` (`self` left out). */
export function callLabel(site: CallSite): string {
  return [...site.receivers.filter((name) => name !== 'self'), site.name].join('.');
}

/** The call site of a call node, read through its called name. */
export function callSiteAt(language: 'python' | 'go', call: SyntaxNode): CallSite | undefined {
  const callee = call.childForFieldName('function');
  const nameNode = callee?.type === 'identifier' ? callee : callee?.childForFieldName(language === 'python' ? 'attribute' : 'field');
  return nameNode ? callSiteOf(language, nameNode) : undefined;
}
