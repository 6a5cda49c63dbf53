// Where an error variable's details go: `err.message`, `err.stack`, `String(err)`, `${err}`,
// `err.toString()`, `'…' + err`, and the value those end up in, up to the call they are given to.
import { JS_RESPONSES } from '@plumbline/core/http/responses';
import type { TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;
const MEMBERS = new Set<string>(JS_RESPONSES.detailMembers);
// nodes that carry a value on into their parent: object and array literals, strings built from it
const CARRIERS = new Set(['Property', 'ObjectExpression', 'ArrayExpression', 'TemplateLiteral', 'BinaryExpression', 'ConditionalExpression', 'LogicalExpression', 'TSAsExpression', 'AwaitExpression']);

const CASTS = new Set(['TSAsExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'TSSatisfiesExpression']);

const isJsonStringify = (node: Node): boolean => node.type === 'CallExpression' && node.callee.type === 'MemberExpression'
  && node.callee.object.type === 'Identifier' && node.callee.object.name === 'JSON';

/** The expression that reads an error's text through `identifier`, or undefined when it only passes the object on. */
export function detailRead(identifier: TSESTree.Identifier): Node | undefined {
  // (err as Error).message, err!.message
  let value: Node = identifier;
  while (CASTS.has(value.parent?.type ?? '')) value = value.parent!;
  const { parent } = value;
  if (!parent) return undefined;
  if (parent.type === 'MemberExpression' && parent.object === value && !parent.computed && parent.property.type === 'Identifier') {
    if (MEMBERS.has(parent.property.name)) return parent;
    const call = parent.parent;
    return parent.property.name === 'toString' && call.type === 'CallExpression' && call.callee === parent ? call : undefined;
  }
  if (parent.type === 'CallExpression' && parent.callee.type === 'Identifier' && parent.callee.name === 'String') return parent;
  if (parent.type === 'TemplateLiteral' || (parent.type === 'BinaryExpression' && parent.operator === '+')) return parent;
  return undefined;
}

/** The call or `new` whose first argument carries `node`'s value (through literals, strings and JSON.stringify), or undefined. */
export function receivingCall(node: Node): TSESTree.CallExpression | TSESTree.NewExpression | undefined {
  let current = node;
  for (;;) {
    const { parent } = current;
    if (!parent) return undefined;
    if (CARRIERS.has(parent.type) && !(parent.type === 'Property' && parent.key === current)) {
      current = parent;
      continue;
    }
    const isCall = parent.type === 'CallExpression' || parent.type === 'NewExpression';
    if (!isCall || parent.arguments[0] !== current) return undefined;
    if (!isJsonStringify(parent)) return parent;
    current = parent;
  }
}
