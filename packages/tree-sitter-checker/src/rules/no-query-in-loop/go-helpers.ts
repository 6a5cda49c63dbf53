// Go helpers for call-following: package functions called by name, and methods of the same
// receiver type called on the receiver (`s.loadUser(…)` inside another method of `*Store`).
import type { SyntaxNode } from '../../check.js';
import type { Link } from './chain.js';
import { goLoop } from './go-loops.js';
import type { HelperLanguage } from './helpers.js';
import { functionOf } from './helpers.js';
import type { Loop, LoopPolicy } from './loops.js';
import type { QueryCall } from './report.js';

const FUNCTIONS = new Set(['function_declaration', 'method_declaration']);

// func (s *Store) name(…): the receiver's name and type (`s`, `Store`)
function receiverOf(method: SyntaxNode): { name: string; type: string } | undefined {
  const parameter = method.childForFieldName('receiver')?.namedChildren.find((child) => child.type === 'parameter_declaration');
  const type = parameter?.childForFieldName('type')?.text.replace(/^\*/, '').replace(/\[.*$/, '');
  return type ? { name: parameter?.childForFieldName('name')?.text ?? '', type } : undefined;
}

function keyOf(definition: SyntaxNode): string | undefined {
  const name = definition.childForFieldName('name')?.text ?? '';
  if (definition.type === 'function_declaration') return name;
  const receiver = receiverOf(definition);
  return receiver && `${receiver.type}.${name}`;
}

function targetOf(call: SyntaxNode): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') return callee.text;
  if (callee?.type !== 'selector_expression') return undefined;
  const method = functionOf(call, FUNCTIONS);
  const receiver = method?.type === 'method_declaration' ? receiverOf(method) : undefined;
  if (!receiver || receiver.name === '' || callee.childForFieldName('operand')?.text !== receiver.name) return undefined;
  return `${receiver.type}.${callee.childForFieldName('field')?.text ?? ''}`;
}

/** Go's side of call-following. */
export function goHelpers(policy: LoopPolicy, mayQuery: (name: string) => boolean, queryOf: (call: SyntaxNode, links: readonly Link[], loop: Loop) => QueryCall | undefined): HelperLanguage {
  return {
    language: 'go',
    functionTypes: FUNCTIONS,
    keyOf,
    targetOf,
    mayQuery,
    skips: (definition) => policy.isBatchFunction(definition.childForFieldName('name')?.text ?? ''),
    queryOf,
    inLoop: (call) => goLoop(call, policy) !== undefined,
  };
}
