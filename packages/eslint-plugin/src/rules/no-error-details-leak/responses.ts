// Which calls send a response, from core's catalog (JS_RESPONSES): `res.json(x)`,
// `res.status(500).send(x)`, `reply.code(500).send(x)`, `Response.json(x, init)`, `new Response(x)`.
import { JS_RESPONSES } from '@plumbline/core/http/responses';
import type { TSESTree } from '@typescript-eslint/utils';

const RECEIVERS = new Set<string>(JS_RESPONSES.receivers);
const SEND = new Set<string>(JS_RESPONSES.sendMethods);
const CLASSES = new Set<string>(JS_RESPONSES.responseClasses);
const STATUS_METHODS = new Set(['status', 'code']);

/** A call that sends its first argument to the client, and the status given with it, as source text. */
export interface ResponseCall {
  readonly callee: TSESTree.Node;
  readonly status?: TSESTree.Node;
}

const propertyName = (node: TSESTree.MemberExpression): string | undefined => (!node.computed && node.property.type === 'Identifier' ? node.property.name : undefined);

// { status: 500 } in a Response init
function initStatus(init: TSESTree.Node | undefined): TSESTree.Node | undefined {
  if (init?.type !== 'ObjectExpression') return undefined;
  const status = init.properties.find((property) => property.type === 'Property' && property.key.type === 'Identifier' && property.key.name === 'status');
  return status?.type === 'Property' ? status.value : undefined;
}

// res.status(500).set(headers).json(x): the response object under the chain, and the status on the way
function senderOf(object: TSESTree.Node): ResponseCall | undefined {
  let current = object;
  let status: TSESTree.Node | undefined;
  while (current.type === 'CallExpression' && current.callee.type === 'MemberExpression') {
    if (STATUS_METHODS.has(propertyName(current.callee) ?? '')) status ??= current.arguments[0];
    current = current.callee.object;
  }
  return current.type === 'Identifier' && RECEIVERS.has(current.name) ? { callee: object, status } : undefined;
}

/** The response a call or `new` sends, when `node` is one that sends its first argument. */
export function responseCall(node: TSESTree.CallExpression | TSESTree.NewExpression): ResponseCall | undefined {
  const { callee } = node;
  if (node.type === 'NewExpression') return callee.type === 'Identifier' && CLASSES.has(callee.name) ? { callee, status: initStatus(node.arguments[1]) } : undefined;
  if (callee.type !== 'MemberExpression') return undefined;
  const name = propertyName(callee) ?? '';
  if (name === 'json' && callee.object.type === 'Identifier' && CLASSES.has(callee.object.name)) return { callee, status: initStatus(node.arguments[1]) };
  const sender = SEND.has(name) ? senderOf(callee.object) : undefined;
  return sender ? { callee, status: sender.status } : undefined;
}
