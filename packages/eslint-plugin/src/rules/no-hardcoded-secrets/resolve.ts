// The string literals a key expression can evaluate to: the literal itself, a `const` bound to
// one, a field of a local object literal, `Buffer.from('…')`, `new TextEncoder().encode('…')`,
// the fallback of `process.env.KEY ?? '…'` and both branches of `c ? '…' : '…'`.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { boundValue, encodedArgument, unwrapTs } from '../../util/static-value.js';

type Scope = TSESLint.Scope.Scope;

/** A string literal, or a template literal without `${}`. */
export type StringNode = TSESTree.Literal | TSESTree.TemplateLiteral;

const MAX_DEPTH = 5;

/** The string value of a literal node, if it is one. */
export function stringValue(node: TSESTree.Node): string | undefined {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : undefined;
  if (node.type !== 'TemplateLiteral' || node.expressions.length > 0) return undefined;
  const [only] = node.quasis;
  return only === undefined ? undefined : only.value.cooked ?? only.value.raw;
}

function propertyValue(object: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined {
  for (const property of object.properties) {
    if (property.type !== 'Property' || property.computed && property.key.type !== 'Literal') continue;
    const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
    if (key === name) return property.value;
  }
  return undefined;
}

/** The object literal an expression stands for: written inline, or a local bound to one. */
export function objectOf(node: TSESTree.Node | undefined, scope: Scope, depth = 0): TSESTree.ObjectExpression | undefined {
  const value = node && unwrapTs(node);
  if (value === undefined || depth > MAX_DEPTH) return undefined;
  if (value.type === 'ObjectExpression') return value;
  if (value.type === 'Identifier') return objectOf(boundValue(value, scope), scope, depth + 1);
  if (value.type !== 'MemberExpression' || value.computed || value.property.type !== 'Identifier') return undefined;
  const owner = objectOf(value.object, scope, depth + 1);
  return owner && objectOf(propertyValue(owner, value.property.name), scope, depth + 1);
}

/** The string literals `node` evaluates to as far as the file shows; empty when it is not provable. */
export function literalsOf(node: TSESTree.Node | undefined | null, scope: Scope, depth = 0): StringNode[] {
  const value = node && unwrapTs(node);
  if (!value || depth > MAX_DEPTH) return [];
  if (stringValue(value) !== undefined) return [value as StringNode];
  switch (value.type) {
    case 'LogicalExpression': return literalsOf(value.right, scope, depth + 1);
    case 'ConditionalExpression': return [...literalsOf(value.consequent, scope, depth + 1), ...literalsOf(value.alternate, scope, depth + 1)];
    case 'ArrayExpression': return value.elements.flatMap((element) => literalsOf(element, scope, depth + 1));
    case 'Identifier': return literalsOf(boundValue(value, scope), scope, depth + 1);
    case 'CallExpression': return literalsOf(encodedArgument(value), scope, depth + 1);
    case 'MemberExpression': {
      if (value.computed || value.property.type !== 'Identifier') return [];
      const owner = objectOf(value.object, scope, depth + 1);
      return owner ? literalsOf(propertyValue(owner, value.property.name), scope, depth + 1) : [];
    }
    default: return [];
  }
}
