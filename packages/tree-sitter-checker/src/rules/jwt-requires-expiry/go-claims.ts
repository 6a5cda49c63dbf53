// Whether Go claims handed to `jwt.NewWithClaims` carry an expiry: `jwt.MapClaims{"exp": …}`,
// `jwt.RegisteredClaims{ExpiresAt: …}`, application claims embedding them, or a local built once
// from one of those. Undefined when it cannot be known.
import { GO_JWT, isExpiryClaim } from '@plumbline/core/jwt-apis';
import type { SyntaxNode } from '../../check.js';
import { stringValue } from '../../util/literals.js';
import { occurrencesInScope, singleAssignment } from '../../util/local-writes.js';

const STRUCT_CLAIMS: readonly string[] = GO_JWT.structClaims;

function keyedElements(literal: SyntaxNode): { key: SyntaxNode; value: SyntaxNode }[] {
  const body = literal.childForFieldName('body');
  return (body?.namedChildren ?? []).flatMap((element) => {
    const [key, value] = element.type === 'keyed_element' ? element.namedChildren : [];
    const inner = (node: SyntaxNode | undefined): SyntaxNode | undefined => (node?.type === 'literal_element' ? node.namedChild(0) ?? undefined : node);
    const keyNode = inner(key);
    const valueNode = inner(value);
    return keyNode && valueNode ? [{ key: keyNode, value: valueNode }] : [];
  });
}

// jwt.MapClaims → MapClaims, when the package is one of the JWT imports
function jwtTypeName(literal: SyntaxNode, packages: ReadonlySet<string>): string | undefined {
  const type = literal.childForFieldName('type');
  if (type?.type !== 'qualified_type' || !packages.has(type.childForFieldName('package')?.text ?? '')) return undefined;
  return type.childForFieldName('name')?.text;
}

/** Whether claims carry an expiry: true, false, or undefined when not provable. */
export function claimsHaveExpiry(node: SyntaxNode | undefined, packages: ReadonlySet<string>, depth = 0): boolean | undefined {
  let value = node?.type === 'unary_expression' ? node.childForFieldName('operand') ?? undefined : node;
  if (value?.type === 'identifier' && occurrencesInScope(value, 'go') === 2) value = singleAssignment(value, 'go');
  if (value?.type !== 'composite_literal' || depth > 3) return undefined;
  const type = jwtTypeName(value, packages);
  const elements = keyedElements(value);
  if (type === GO_JWT.mapClaims) return elements.some(({ key }) => isExpiryClaim(stringValue(key, 'go') ?? ''));
  if (type !== undefined && STRUCT_CLAIMS.includes(type)) return elements.some(({ key }) => key.text === GO_JWT.expiryField);
  if (type !== undefined) return undefined;
  // UserClaims{RegisteredClaims: jwt.RegisteredClaims{…}}: the embedded claims decide
  const embedded = elements.find(({ key }) => key.type === 'identifier' && STRUCT_CLAIMS.includes(key.text));
  return embedded ? claimsHaveExpiry(embedded.value, packages, depth + 1) : undefined;
}
