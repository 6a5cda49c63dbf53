// Values a JS/TS expression provably has: literals, templates without `${}`, `Buffer.from('x')`,
// and names bound once to them (`const SALT = 'x'`). Anything else is unknown.
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;

/** The expression under TypeScript's type-only wrappers (`x as T`, `x!`, `<T>x`, `x satisfies T`). */
export function unwrapTs(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.type === 'TSAsExpression' || current.type === 'TSNonNullExpression' || current.type === 'TSTypeAssertion' || current.type === 'TSSatisfiesExpression') {
    current = current.expression;
  }
  return current;
}

/** The initializer of a name bound once and never written again (`const x = …`, or a `let` never reassigned). */
export function boundValue(identifier: TSESTree.Identifier, scope: Scope): TSESTree.Expression | undefined {
  const variable = ASTUtils.findVariable(scope, identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.node.type !== 'VariableDeclarator' || definition.node.id.type !== 'Identifier' || !definition.node.init) return undefined;
  const writes = variable?.references.filter((reference) => reference.isWrite()) ?? [];
  return writes.length <= 1 ? definition.node.init : undefined;
}

/** `'salt'` for `Buffer.from('salt')` or `new TextEncoder().encode('salt')`: the bytes of a constant string. */
export function encodedArgument(node: TSESTree.CallExpression): TSESTree.Node | undefined {
  const { callee } = node;
  if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return undefined;
  const isBufferFrom = callee.object.type === 'Identifier' && callee.object.name === 'Buffer' && callee.property.name === 'from';
  return isBufferFrom || callee.property.name === 'encode' ? node.arguments[0] : undefined;
}

/** The constant string or number an expression evaluates to, or undefined. */
export function constantOf(node: TSESTree.Node | undefined, scope: Scope, depth = 0): string | number | undefined {
  if (!node || depth > 4) return undefined;
  const value = unwrapTs(node);
  if (value.type === 'Literal') return typeof value.value === 'string' || typeof value.value === 'number' ? value.value : undefined;
  if (value.type === 'TemplateLiteral') return value.expressions.length === 0 ? value.quasis[0]?.value.cooked ?? undefined : undefined;
  if (value.type === 'Identifier') return constantOf(boundValue(value, scope), scope, depth + 1);
  if (value.type === 'CallExpression') return constantOf(encodedArgument(value), scope, depth + 1);
  return undefined;
}

/** The module a name is imported or required from (`import md5 from 'md5'`, `const { sign } = require('jsonwebtoken')`). */
export function moduleOf(identifier: TSESTree.Identifier, scope: Scope): string | undefined {
  const definition = ASTUtils.findVariable(scope, identifier)?.defs[0];
  if (definition?.type === 'ImportBinding' && definition.parent?.type === 'ImportDeclaration') return definition.parent.source.value;
  let init = definition?.node.type === 'VariableDeclarator' ? definition.node.init : null;
  while (init?.type === 'MemberExpression') init = init.object; // require('jsonwebtoken').sign
  if (init?.type !== 'CallExpression' || init.callee.type !== 'Identifier' || init.callee.name !== 'require') return undefined;
  const [source] = init.arguments;
  return source?.type === 'Literal' && typeof source.value === 'string' ? source.value : undefined;
}

/** A callee's name and receiver: `update` and `crypto.createHash('md5')` for `crypto.createHash('md5').update`. */
export function calleeParts(callee: TSESTree.Node): { name: string; receiver?: TSESTree.Expression } | undefined {
  const node = unwrapTs(callee);
  if (node.type === 'Identifier') return { name: node.name };
  if (node.type !== 'MemberExpression') return undefined;
  if (!node.computed && node.property.type === 'Identifier') return { name: node.property.name, receiver: node.object };
  return node.property.type === 'Literal' && typeof node.property.value === 'string' ? { name: node.property.value, receiver: node.object } : undefined;
}

/** The name a binding imports from its module: `sign` for `import { sign as s }` or `const { sign } = require(…)`; `default` / `*` for the module itself. */
export function importedName(identifier: TSESTree.Identifier, scope: Scope): string | undefined {
  const definition = ASTUtils.findVariable(scope, identifier)?.defs[0];
  if (definition?.type === 'ImportBinding') {
    const node = definition.node;
    if (node.type === 'ImportSpecifier') return node.imported.type === 'Identifier' ? node.imported.name : String(node.imported.value);
    return node.type === 'ImportDefaultSpecifier' ? 'default' : '*';
  }
  if (definition?.node.type !== 'VariableDeclarator') return undefined;
  if (definition.node.id.type === 'Identifier') return '*';
  const property = definition.node.id.type === 'ObjectPattern'
    ? definition.node.id.properties.find((each) => each.type === 'Property' && each.value.type === 'Identifier' && each.value.name === identifier.name)
    : undefined;
  return property?.type === 'Property' && property.key.type === 'Identifier' ? property.key.name : undefined;
}
