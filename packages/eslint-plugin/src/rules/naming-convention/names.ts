// The names a JavaScript or TypeScript author chooses in a declaration: what naming-convention
// checks, and what it leaves alone (imports, destructured keys of external data, declared shapes).
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** A bound name and the node that declares it (for scope lookups). */
export interface BoundName {
  readonly id: TSESTree.Identifier;
  readonly declaration: TSESTree.Node;
}

/**
 * The identifiers a pattern binds that are the author's choice. `{ user_id }` and
 * `{ user_id = 0 }` repeat a key of the data being read and are left out; `{ user_id: userId }`,
 * array elements and `...rest` are chosen here.
 */
export function chosenNames(pattern: TSESTree.Node | null, declaration: TSESTree.Node): BoundName[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'Identifier': return [{ id: pattern, declaration }];
    case 'AssignmentPattern': return chosenNames(pattern.left, declaration);
    case 'RestElement': return chosenNames(pattern.argument, declaration);
    case 'TSParameterProperty': return chosenNames(pattern.parameter, declaration);
    case 'ArrayPattern': return pattern.elements.flatMap((element) => chosenNames(element, declaration));
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) => {
        if (property.type === 'RestElement') return chosenNames(property, declaration);
        return property.shorthand ? [] : chosenNames(property.value, declaration);
      });
    default: return [];
  }
}

// require('x'), await import('x'), require('x').Thing: the name belongs to the other module
function isImport(init: TSESTree.Expression | null): boolean {
  let node: TSESTree.Node | null = init;
  while (node && (node.type === 'MemberExpression' || node.type === 'AwaitExpression')) node = node.type === 'AwaitExpression' ? node.argument : node.object;
  if (node?.type === 'ImportExpression') return true;
  return node?.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'require';
}

/** Whether a variable declarator binds names of another module (`const fs = require('fs')`). */
export const bindsImport = (declarator: TSESTree.VariableDeclarator): boolean => isImport(declarator.init);

/** Whether a declaration is at module level: directly in the program, or exported from it. */
export function isModuleLevel(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type === 'ExportNamedDeclaration') return parent.parent.type === 'Program';
  return parent?.type === 'Program';
}

const PRIMITIVE = new Set(['Literal', 'TemplateLiteral', 'UnaryExpression', 'BinaryExpression']);

/** Whether an initializer is a plain value (number, string, ...), not a class, function or object built by a call. */
export function isPrimitiveValue(init: TSESTree.Expression | null): boolean {
  let node: TSESTree.Node | null = init;
  while (node && (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression')) node = node.expression;
  return node !== null && PRIMITIVE.has(node.type);
}

/** Whether the node sits in an ambient declaration (`declare module`, `declare global`, `declare const`). */
export function isAmbient(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if ('declare' in current && current.declare === true) return true;
  }
  return false;
}

/**
 * Whether the variable a name declares is written into an object by shorthand, `res.json({ customer_groups })`:
 * its spelling is then a key of the output (a wire format), not only a local name.
 */
export function isWrittenAsKey(sourceCode: Readonly<TSESLint.SourceCode>, { id, declaration }: BoundName): boolean {
  const variable = sourceCode.getDeclaredVariables(declaration).find((each) => each.identifiers.includes(id));
  return variable?.references.some(({ identifier }) => {
    const parent = identifier.parent;
    return parent?.type === 'Property' && parent.shorthand && parent.parent.type === 'ObjectExpression';
  }) ?? false;
}

/** Whether a parameter is written into a URL path, `files/${file_key}`: it keeps the name the API documents (`/files/:file_key`). */
export function isUrlPathParameter(sourceCode: Readonly<TSESLint.SourceCode>, { id, declaration }: BoundName): boolean {
  const variable = sourceCode.getDeclaredVariables(declaration).find((each) => each.identifiers.includes(id));
  return variable?.references.some(({ identifier }) => {
    const parent = identifier.parent;
    if (parent?.type !== 'TemplateLiteral') return false;
    const index = parent.expressions.indexOf(identifier as TSESTree.Expression);
    return parent.quasis[index]?.value.cooked?.endsWith('/') ?? false;
  }) ?? false;
}

/**
 * Whether a type alias inside a function or block is never read: `type verify = Expect<Equal<A, B>>`
 * in a test is a compile-time assertion, and its name is never written anywhere else.
 */
export function isUnreadType(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.TSTypeAliasDeclaration): boolean {
  if (isModuleLevel(node)) return false;
  const variable = sourceCode.getDeclaredVariables(node).find((each) => each.identifiers.includes(node.id));
  return variable !== undefined && variable.references.length === 0;
}

/**
 * Whether a `let` without initializer is only ever assigned with `=`: a constant whose value is
 * chosen by branches or set once in a setup hook (`let DB_URL; beforeAll(() => { DB_URL = url })`).
 */
export function isLateConstant(sourceCode: Readonly<TSESLint.SourceCode>, declarator: TSESTree.VariableDeclarator): boolean {
  if (declarator.init || declarator.id.type !== 'Identifier') return false;
  const variable = sourceCode.getDeclaredVariables(declarator)[0];
  return variable?.references.every((reference) => !reference.isWrite()
    || (reference.identifier.parent?.type === 'AssignmentExpression' && reference.identifier.parent.operator === '=')) ?? false;
}
