// What a JS/TS object literal says about a token: whether the payload carries an expiry, whether
// the options set one, and which option values turn a check off. Undefined when not provable.
import { isExpiryClaim } from '@plumbline/core/jwt-apis';
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { boundValue, unwrapTs } from '../../util/static-value.js';

type Scope = TSESLint.Scope.Scope;

/** A property's key as written: `exp`, `'exp'`, or undefined for a computed key. */
export function keyName(property: TSESTree.Property): string | undefined {
  if (!property.computed && property.key.type === 'Identifier') return property.key.name;
  return property.key.type === 'Literal' && typeof property.key.value === 'string' ? property.key.value : undefined;
}

// an object literal, or a local bound to one and used nowhere else (no `payload.exp = …` later)
function objectLiteral(node: TSESTree.Node | undefined, scope: Scope): TSESTree.ObjectExpression | undefined {
  const value = node && unwrapTs(node);
  if (value?.type === 'ObjectExpression') return value;
  if (value?.type !== 'Identifier') return undefined;
  const variable = ASTUtils.findVariable(scope, value);
  const init = boundValue(value, scope);
  return variable?.references.length === 2 && init?.type === 'ObjectExpression' ? init : undefined;
}

/** Whether an object has a property named by `matches`: true, false, or undefined when a spread or a computed key hides it. */
export function hasProperty(node: TSESTree.Node | undefined, scope: Scope, matches: (name: string) => boolean): boolean | undefined {
  const object = objectLiteral(node, scope);
  if (!object) return undefined;
  let unknown = false;
  for (const property of object.properties) {
    const name = property.type === 'Property' ? keyName(property) : undefined;
    if (name !== undefined && matches(name)) return true;
    if (name === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

/** Whether a payload carries an expiry claim (`exp`, or an application's `expiresAt`). */
export const payloadHasExpiry = (node: TSESTree.Node | undefined, scope: Scope): boolean | undefined => hasProperty(node, scope, isExpiryClaim);

/** The property of an object literal with this key, if written. */
export function propertyNamed(node: TSESTree.Node | undefined, name: string): TSESTree.Property | undefined {
  const value = node && unwrapTs(node);
  if (value?.type !== 'ObjectExpression') return undefined;
  return value.properties.find((property): property is TSESTree.Property => property.type === 'Property' && keyName(property) === name);
}
