// Go: `recover()` whose value is dropped, or kept in a variable nothing handles.
import type { Handling } from '@plumbline/core/error-handling';
import type { MessageData, SyntaxNode } from '../../check.js';
import { handlesValue } from './go-flow.js';

const IGNORED: MessageData = {
  what: 'The value of `recover()` is ignored, so the panic disappears without a trace',
  fix: 'log it with the stack (`debug.Stack()`), turn it into the returned error, or re-panic',
};

// The statements that can read a variable declared by `statement`: the rest of its block, or
// the branches of the `if` whose initializer it is.
function scopeAfter(statement: SyntaxNode): SyntaxNode[] {
  const { parent } = statement;
  if (parent?.type === 'if_statement') {
    return [parent.childForFieldName('consequence'), parent.childForFieldName('alternative')].filter((node) => node !== null);
  }
  const following: SyntaxNode[] = [];
  for (let next = statement.nextNamedSibling; next; next = next.nextNamedSibling) following.push(next);
  return following;
}

// r := recover() / r = recover(): the variable, when the call is the value of one
function assignedName(call: SyntaxNode): { name: string; statement: SyntaxNode } | undefined | 'other' {
  const list = call.parent;
  const statement = list?.parent;
  if (list?.type !== 'expression_list' || !statement || list.id !== statement.childForFieldName('right')?.id) return 'other';
  const index = list.namedChildren.findIndex((child) => child.id === call.id);
  const target = statement.childForFieldName('left')?.namedChild(index);
  if (!target || target.type !== 'identifier') return 'other';
  return target.text === '_' ? undefined : { name: target.text, statement };
}

/** Decides one `recover()` call; undefined when its value is handled. */
export function checkRecover(call: SyntaxNode, handling: Handling): MessageData | undefined {
  const { parent } = call;
  // recover() as a statement, or only compared: if recover() != nil { … }
  if (parent?.type === 'expression_statement' || parent?.type === 'binary_expression') return IGNORED;
  const assigned = assignedName(call);
  if (assigned === 'other') return undefined;
  if (!assigned) return IGNORED; // _ = recover()
  return handlesValue(scopeAfter(assigned.statement), new Set([assigned.name]), handling) ? undefined : IGNORED;
}
