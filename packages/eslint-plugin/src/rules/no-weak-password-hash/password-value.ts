// Whether a JS/TS expression carries a password, by the names in it: `password`,
// `req.body.password`, `(body as Login).pwd`, `form.get('password')`, through conversions
// (`Buffer.from(…)`, `.toString()`, `.trim()`) and concatenation or templates with a salt.
import { isPasswordName } from '@plumbline/core/password-hash';
import type { TSESTree } from '@typescript-eslint/utils';
import { calleeParts, unwrapTs } from '../../util/static-value.js';
import { pushAll } from '@plumbline/core/limits';

// calls that read a field by name: formData.get('password'), req.param('password')
const FIELD_READERS = new Set(['get', 'param', 'getAll']);
// calls whose result carries their receiver's or argument's text
const CONVERSIONS = new Set(['from', 'String', 'toString', 'trim', 'normalize', 'toLowerCase', 'encode', 'concat', 'join']);

function callParts(node: TSESTree.CallExpression): TSESTree.Node[] {
  const parts = calleeParts(node.callee);
  if (!parts || !CONVERSIONS.has(parts.name)) return [];
  const args = node.arguments.filter((argument) => argument.type !== 'SpreadElement');
  return parts.receiver && parts.name !== 'from' && parts.name !== 'encode' ? [parts.receiver, ...args] : args;
}

function partsOf(node: TSESTree.Node): TSESTree.Node[] {
  switch (node.type) {
    case 'CallExpression': return callParts(node);
    case 'BinaryExpression': case 'LogicalExpression': return [node.left, node.right];
    case 'TemplateLiteral': return node.expressions;
    case 'ChainExpression': case 'AwaitExpression': return [node.type === 'ChainExpression' ? node.expression : node.argument];
    default: return [];
  }
}

// the name an expression goes by: `password`, `password` of `req.body.password`, `pwd` of `body['pwd']`
function nameOf(node: TSESTree.Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression') {
    if (!node.computed && node.property.type === 'Identifier') return node.property.name;
    return node.property.type === 'Literal' && typeof node.property.value === 'string' ? node.property.value : undefined;
  }
  if (node.type !== 'CallExpression') return undefined;
  const [first] = node.arguments;
  const parts = calleeParts(node.callee);
  return parts?.receiver && FIELD_READERS.has(parts.name) && first?.type === 'Literal' && typeof first.value === 'string' ? first.value : undefined;
}

/** The password-like name an expression carries (`password`, `pwd`), if any; `extraWords` add words. */
export function passwordIn(node: TSESTree.Node, extraWords: readonly string[]): string | undefined {
  const stack = [node];
  for (let steps = 0, current = stack.pop(); current && steps < 50; steps++, current = stack.pop()) {
    const value = unwrapTs(current);
    const name = nameOf(value);
    if (name !== undefined && isPasswordName(name, extraWords)) return name;
    pushAll(stack, partsOf(value));
  }
  return undefined;
}
