// The string literals a key expression can evaluate to: the literal itself, a `const` bound to
// one, a field of a local object literal, `Buffer.from('…')`, `new TextEncoder().encode('…')`,
// the fallback of `process.env.KEY ?? '…'` and both branches of `c ? '…' : '…'`.
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { boundValue, calleeParts, encodedArgument, unwrapTs } from '../../util/static-value.js';

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

// createSecretKey('…') (node:crypto, for jose), base64url.decode('…') (jose's README)
function keyMaterial(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const parts = calleeParts(call.callee);
  const receiver = parts?.receiver && unwrapTs(parts.receiver);
  const receiverName = receiver?.type === 'MemberExpression' ? receiver.property : receiver;
  const isBase64Url = parts?.name === 'decode' && receiverName?.type === 'Identifier' && receiverName.name === 'base64url';
  return isBase64Url || parts?.name === 'createSecretKey' ? call.arguments[0] : encodedArgument(call);
}

// function issue(user, secret = '…') { … }, const { JWT_SECRET = '…' } = process.env: a default never reassigned
function defaultValue(identifier: TSESTree.Identifier, scope: Scope): TSESTree.Node | undefined {
  const variable = ASTUtils.findVariable(scope, identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  const writes = variable?.references.filter((reference) => reference.isWrite()).length ?? 0;
  const isConst = definition?.type === 'Variable' && definition.parent.kind === 'const';
  // a parameter's default is the one write it may have; a `const` is never written again
  if (!isConst && (definition?.type !== 'Parameter' || writes > 1)) return undefined;
  const pattern = definition.name.parent;
  return pattern?.type === 'AssignmentPattern' && pattern.left === definition.name ? pattern.right : undefined;
}

// the values `this.<name> = …` assigns anywhere in a class body
function thisWrites(body: TSESTree.ClassBody, name: string): TSESTree.Node[] {
  const writes: TSESTree.Node[] = [];
  const pending: TSESTree.Node[] = [body];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const target = node.type === 'AssignmentExpression' ? node.left : undefined;
    if (target?.type === 'MemberExpression' && target.object.type === 'ThisExpression' && nameOfKey(target.property) === name) writes.push((node as TSESTree.AssignmentExpression).right);
    for (const child of children(node)) pending.push(child);
  }
  return writes;
}

function children(node: TSESTree.Node): TSESTree.Node[] {
  return Object.entries(node)
    .filter(([key, child]) => key !== 'parent' && child !== null && typeof child === 'object')
    .flatMap(([, child]) => (Array.isArray(child) ? child : [child]) as unknown[])
    .filter((item): item is TSESTree.Node => typeof (item as TSESTree.Node | null)?.type === 'string');
}

const nameOfKey = (key: TSESTree.Node): string | undefined => (key.type === 'Identifier' || key.type === 'PrivateIdentifier' ? key.name : undefined);

// this.secret: a field `secret = '…'` (or `this.secret = '…'` in the constructor) that nothing else in the class writes
function classField(member: TSESTree.MemberExpression): TSESTree.Node | undefined {
  const name = member.computed ? undefined : nameOfKey(member.property);
  let body: TSESTree.Node | undefined = member.parent;
  while (body && body.type !== 'ClassBody') body = body.parent;
  if (name === undefined || body?.type !== 'ClassBody') return undefined;
  const field = body.body.find((each) => each.type === 'PropertyDefinition' && !each.static && nameOfKey(each.key) === name);
  const initial = field?.type === 'PropertyDefinition' ? field.value ?? undefined : undefined;
  const writes = thisWrites(body, name);
  if (initial !== undefined) return writes.length === 0 ? initial : undefined;
  return writes.length === 1 ? writes[0] : undefined;
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
    case 'Identifier': return literalsOf(boundValue(value, scope) ?? defaultValue(value, scope), scope, depth + 1);
    case 'CallExpression': return literalsOf(keyMaterial(value), scope, depth + 1);
    case 'MemberExpression': {
      if (value.object.type === 'ThisExpression') return literalsOf(classField(value), scope, depth + 1);
      if (value.computed || value.property.type !== 'Identifier') return [];
      const owner = objectOf(value.object, scope, depth + 1);
      return owner ? literalsOf(propertyValue(owner, value.property.name), scope, depth + 1) : [];
    }
    default: return [];
  }
}
