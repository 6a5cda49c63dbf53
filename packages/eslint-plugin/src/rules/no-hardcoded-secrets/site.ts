// Where a string literal sits: the name it is bound to, or the call that takes it as a key.
import type { TSESTree } from '@typescript-eslint/utils';

/** The name and usage of a literal, as `SecretSite` wants them (without the path). */
export interface LiteralSite {
  readonly name?: string;
  readonly usage?: string;
}

// jwt.sign(payload, KEY), crypto.createHmac('sha256', KEY), cookieParser(KEY): the argument index
const KEY_ARGUMENTS: Readonly<Record<string, number>> = { sign: 1, verify: 1, createHmac: 1, cookieParser: 0 };
// session({ secret }), expressjwt({ secret }), JwtModule.register({ secret }), new JwtStrategy({ secretOrKey })
const OPTION_CALLS = new Set(['session', 'expressSession', 'cookieSession', 'expressjwt', 'jwt', 'register', 'registerAsync', 'JwtStrategy', 'Strategy', 'super']);
const OPTION_KEYS = new Set(['secret', 'secretOrKey', 'secretOrPrivateKey', 'privateKey', 'signingKey']);
// wrappers a value passes through on its way to a name: `'x' as string`, `env.X || 'x'`, `c ? 'x' : 'y'`
const TRANSPARENT = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'LogicalExpression', 'ConditionalExpression']);
const COMPARISONS = new Set(['===', '==', '!==', '!=']);

/** The name a node stands for: `password`, `this.password`, `config['api-key']`, `process.env.TOKEN`. */
export function nameOf(node: TSESTree.Node): string | undefined {
  if (node.type === 'Identifier' || node.type === 'PrivateIdentifier') return node.name;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'MemberExpression') return !node.computed || node.property.type === 'Literal' ? nameOf(node.property) : undefined;
  if (node.type === 'TSNonNullExpression' || node.type === 'ChainExpression') return nameOf(node.expression);
  if (node.type === 'AssignmentPattern') return nameOf(node.left);
  if (node.type === 'JSXIdentifier') return node.name;
  return undefined;
}

function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === 'Super') return 'super';
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && callee.property.type === 'Identifier') return callee.property.name;
  return undefined;
}

function receiverName(callee: TSESTree.Node): string {
  if (callee.type !== 'MemberExpression') return '';
  return nameOf(callee.object) ?? '';
}

// jwt.sign / jsonwebtoken.verify, any createHmac, cookieParser; not user.sign(...) or cert.verify(...)
function usageOfArgument(call: TSESTree.CallExpression | TSESTree.NewExpression, argument: TSESTree.Node, text: string): string | undefined {
  const name = calleeName(call.callee);
  if (name === undefined || call.arguments[KEY_ARGUMENTS[name] ?? -1] !== argument) return undefined;
  if ((name === 'sign' || name === 'verify') && !/jwt|jsonwebtoken/i.test(receiverName(call.callee))) return undefined;
  return text;
}

function usageOfOption(property: TSESTree.Property, text: (node: TSESTree.Node) => string): string | undefined {
  const key = nameOf(property.key);
  const call = property.parent.parent;
  if (key === undefined || !OPTION_KEYS.has(key) || property.parent.type !== 'ObjectExpression') return undefined;
  if (call?.type !== 'CallExpression' && call?.type !== 'NewExpression') return undefined;
  const name = calleeName(call.callee);
  return name !== undefined && OPTION_CALLS.has(name) && call.arguments.includes(property.parent) ? text(call.callee) : undefined;
}

// the node whose parent decides: climbs through `as`, `||`, `?:` and templates
function outermost(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (TRANSPARENT.has(current.parent?.type ?? '')) {
    const parent = current.parent as TSESTree.Node;
    // env.TOKEN || 'x': the fallback's name is the left side's, unless an outer name says more
    if (parent.type === 'LogicalExpression' && parent.right !== current) break;
    if (parent.type === 'ConditionalExpression' && parent.test === current) break;
    current = parent;
  }
  return current;
}

function fallbackName(node: TSESTree.Node): string | undefined {
  return node.parent?.type === 'LogicalExpression' && node.parent.right === node ? nameOf(node.parent.left) : undefined;
}

/** Where a literal sits: its name (declarator, assignment, property, parameter, comparison) or key usage. */
export function siteOf(literal: TSESTree.Node, text: (node: TSESTree.Node) => string): LiteralSite {
  const node = outermost(literal);
  const parent = node.parent;
  const fallback = fallbackName(literal);
  if (parent === undefined) return {};
  switch (parent.type) {
    case 'VariableDeclarator': return { name: parent.init === node ? nameOf(parent.id) ?? fallback : undefined };
    case 'AssignmentExpression': return { name: parent.right === node ? nameOf(parent.left) ?? fallback : undefined };
    case 'AssignmentPattern': return { name: parent.right === node ? nameOf(parent.left) : undefined };
    case 'PropertyDefinition': return { name: parent.value === node ? nameOf(parent.key) ?? fallback : undefined };
    case 'TSEnumMember': return { name: nameOf(parent.id) };
    case 'Property': {
      if (parent.value !== node) return {};
      const usage = usageOfOption(parent, text);
      const key = parent.computed && parent.key.type !== 'Literal' ? undefined : nameOf(parent.key);
      return usage === undefined ? { name: key ?? fallback } : { usage };
    }
    case 'BinaryExpression': return COMPARISONS.has(parent.operator) ? { name: nameOf(parent.left === node ? parent.right : parent.left) } : {};
    case 'JSXAttribute': return { name: nameOf(parent.name) };
    case 'CallExpression': case 'NewExpression': {
      const usage = usageOfArgument(parent, node, text(parent.callee));
      return usage === undefined ? { name: fallback } : { usage };
    }
    default: return { name: fallback };
  }
}
