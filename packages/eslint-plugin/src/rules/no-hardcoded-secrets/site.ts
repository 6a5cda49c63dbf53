// Where a string literal sits: the name it is bound to (or compared with, or passed as).
import type { TSESTree } from '@typescript-eslint/utils';

/** The name of a literal, as `SecretSite` wants it (without the path); usages are found from the call (usage.ts). */
export interface LiteralSite {
  readonly name?: string;
  /** Handed over or checked as the credential itself (core `SecretSite.passed`): a short `'root'` counts there. */
  readonly passed?: boolean;
}

// credentials passed by position: new Sequelize(db, user, PASSWORD), twilio(sid, TOKEN), new AWS.Credentials(id, SECRET)
const POSITIONAL_NAMES: Readonly<Record<string, readonly (string | undefined)[]>> = {
  Sequelize: [undefined, undefined, 'password'], twilio: [undefined, 'authToken'], Twilio: [undefined, 'authToken'],
  Credentials: [undefined, 'secretAccessKey'], Stripe: ['stripeApiKey'],
};
// ['admin', 'root'].includes(password): the list is compared with the argument
const MEMBERSHIP = new Set(['includes', 'indexOf']);
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
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && callee.property.type === 'Identifier') return callee.property.name;
  return undefined;
}

function positionalName(call: TSESTree.CallExpression | TSESTree.NewExpression, argument: TSESTree.Node): string | undefined {
  const names = POSITIONAL_NAMES[calleeName(call.callee) ?? ''];
  return names?.[call.arguments.indexOf(argument as TSESTree.CallExpressionArgument)];
}

// ['admin', 'hunter2'].includes(password): the name of what the list is searched for
function searchedName(array: TSESTree.ArrayExpression): string | undefined {
  const member = array.parent;
  const call = member.parent;
  if (member.type !== 'MemberExpression' || member.object !== array || call?.type !== 'CallExpression' || call.callee !== member) return undefined;
  const [argument] = call.arguments;
  return MEMBERSHIP.has(calleeName(member) ?? '') && argument !== undefined ? nameOf(argument) : undefined;
}

// function connect(password = 'root'): a parameter's default, not a destructured environment default
const isParameter = (pattern: TSESTree.AssignmentPattern): boolean => pattern.parent?.type !== 'Property' && pattern.parent?.type !== 'ArrayPattern'
  && pattern.parent?.type !== 'ObjectPattern';

// mysql.createConnection({ user: 'app', password: 'root' }): an option handed to a call, JS's keyword argument
function isOptionArgument(property: TSESTree.Property): boolean {
  const object = property.parent;
  const call = object?.parent;
  return object?.type === 'ObjectExpression' && (call?.type === 'CallExpression' || call?.type === 'NewExpression') && call.arguments.includes(object);
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

/** Where a literal sits: its name (declarator, assignment, property, parameter, comparison, credential argument). */
export function siteOf(literal: TSESTree.Node): LiteralSite {
  const node = outermost(literal);
  const parent = node.parent;
  const fallback = fallbackName(literal);
  if (parent === undefined) return {};
  switch (parent.type) {
    case 'VariableDeclarator': return { name: parent.init === node ? nameOf(parent.id) ?? fallback : undefined };
    case 'AssignmentExpression': return { name: parent.right === node ? nameOf(parent.left) ?? fallback : undefined };
    case 'AssignmentPattern': return { name: parent.right === node ? nameOf(parent.left) : undefined, passed: isParameter(parent) };
    case 'PropertyDefinition': return { name: parent.value === node ? nameOf(parent.key) ?? fallback : undefined };
    case 'TSEnumMember': return { name: nameOf(parent.id) };
    case 'Property': {
      if (parent.value !== node) return {};
      return { name: (parent.computed && parent.key.type !== 'Literal' ? undefined : nameOf(parent.key)) ?? fallback, passed: isOptionArgument(parent) };
    }
    case 'BinaryExpression': return COMPARISONS.has(parent.operator) ? { name: nameOf(parent.left === node ? parent.right : parent.left), passed: true } : {};
    case 'JSXAttribute': return { name: nameOf(parent.name) };
    case 'SwitchCase': return { name: parent.test === node ? nameOf(parent.parent.discriminant) : undefined, passed: true };
    case 'ArrayExpression': return searchedName(parent) === undefined ? { name: fallback } : { name: searchedName(parent), passed: true };
    case 'CallExpression': case 'NewExpression': return positionalName(parent, node) === undefined ? { name: fallback } : { name: positionalName(parent, node), passed: true };
    default: return { name: fallback };
  }
}
