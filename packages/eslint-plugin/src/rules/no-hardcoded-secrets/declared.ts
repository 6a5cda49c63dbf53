// Keys in use outside a call: an options object typed as a library's options
// (`const authOptions: NextAuthOptions = { secret }`), Koa's `app.keys = [...]`, and
// passport-jwt's `opts.secretOrKey = '…'` written field by field (its README's shape).
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { boundValue, unwrapTs } from '../../util/static-value.js';
import { objectOf } from './resolve.js';
import { OPTION_KEYS, type KeySite } from './usage.js';

type Scope = TSESLint.Scope.Scope;

// option types whose `secret` / `secretOrKey` / `privateKey` field is the signing key
const OPTION_TYPES = new Set([
  'NextAuthOptions', 'AuthOptions', 'NextAuthConfig', 'SessionOptions', 'CookieSessionOptions', 'JwtModuleOptions', 'JwtSignOptions',
  'JwtVerifyOptions', 'StrategyOptions', 'StrategyOptionsWithRequest', 'StrategyOptionsWithoutRequest', 'FastifyJWTOptions',
]);
// fields that only passport-jwt and jsonwebtoken name so: the key whatever object holds it
const KEY_FIELDS = new Set(['secretOrKey', 'secretOrPrivateKey', 'secretOrPublicKey']);

function typeName(annotation: TSESTree.TypeNode | undefined): string | undefined {
  if (annotation?.type !== 'TSTypeReference') return undefined;
  const name = annotation.typeName;
  if (name.type === 'Identifier') return name.name;
  return name.type === 'TSQualifiedName' ? name.right.name : undefined;
}

// `x: NextAuthOptions = {…}`, `{…} satisfies NextAuthConfig`, `{…} as SessionOptions`
function declaredType(declarator: TSESTree.VariableDeclarator): string | undefined {
  const annotated = declarator.id.type === 'Identifier' ? typeName(declarator.id.typeAnnotation?.typeAnnotation) : undefined;
  const init = declarator.init;
  const asserted = init?.type === 'TSSatisfiesExpression' || init?.type === 'TSAsExpression' ? typeName(init.typeAnnotation) : undefined;
  return annotated ?? asserted;
}

/** Whether a declaration is typed as a library's options (`NextAuthOptions`, `SessionOptions`). */
export function hasOptionType(declarator: TSESTree.VariableDeclarator): boolean {
  const type = declaredType(declarator);
  return type !== undefined && OPTION_TYPES.has(type);
}

/** The key fields of an options object declared with a library's options type. */
export function typedOptionSites(declarator: TSESTree.VariableDeclarator, scope: Scope): KeySite[] {
  const type = declaredType(declarator);
  if (type === undefined || !OPTION_TYPES.has(type)) return [];
  const sites: KeySite[] = [];
  for (const property of objectOf(declarator.init ?? undefined, scope)?.properties ?? []) {
    if (property.type !== 'Property' || property.computed || property.key.type !== 'Identifier') continue;
    if (OPTION_KEYS.has(property.key.name)) sites.push({ node: property.value, at: property.value, usage: type });
  }
  return sites;
}

// app.keys = ['…'] on a Koa application (`app`, or a name bound to `new Koa()`)
function isKoaApp(node: TSESTree.Node, scope: Scope): boolean {
  if (node.type !== 'Identifier') return false;
  const init = boundValue(node, scope);
  const callee = init?.type === 'NewExpression' ? unwrapTs(init.callee) : undefined;
  return node.name === 'app' || (callee?.type === 'Identifier' && callee.name === 'Koa');
}

/** The key an assignment writes: Koa's `app.keys = [...]`, passport-jwt's `opts.secretOrKey = '…'`. */
export function assignedKeySites(assignment: TSESTree.AssignmentExpression, scope: Scope): KeySite[] {
  const target = assignment.left;
  if (assignment.operator !== '=' || target.type !== 'MemberExpression' || target.computed || target.property.type !== 'Identifier') return [];
  const field = target.property.name;
  if (KEY_FIELDS.has(field)) return [{ node: assignment.right, at: assignment.right, usage: field }];
  return field === 'keys' && isKoaApp(target.object, scope) ? [{ node: assignment.right, at: assignment.right, usage: 'app.keys' }] : [];
}

/** Whether a property is passport-jwt's `secretOrKey` (or jsonwebtoken's `secretOrPrivateKey`). */
export const isKeyField = (property: TSESTree.Property): boolean => !property.computed && property.key.type === 'Identifier' && KEY_FIELDS.has(property.key.name);

/** `{ secretOrKey: '…' }` in any object: passport-jwt's key, whichever call it reaches. */
export function keyFieldSites(property: TSESTree.Property): KeySite[] {
  return isKeyField(property) ? [{ node: property.value, at: property.value, usage: (property.key as TSESTree.Identifier).name }] : [];
}
