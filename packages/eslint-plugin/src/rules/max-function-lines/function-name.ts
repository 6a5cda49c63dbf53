// The name a reader gives a function, and the place a finding about it points at.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** A function node: declaration, expression (also a method's value) or arrow. */
export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** A function's display name and the range a finding about it is reported at. */
export interface FunctionName {
  readonly name: string;
  readonly loc: TSESTree.SourceLocation;
}

/** The name of a function that has none. */
export const ANONYMOUS = '<anonymous>';

type Naming = { readonly name: string | undefined; readonly at: TSESTree.Node };

function keyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  if (key.type === 'Identifier' && !computed) return key.name;
  if (key.type === 'Literal') return String(key.value);
  return undefined;
}

// exports.handler = function () {} / handler = () => {}
function assignedName(left: TSESTree.Node): Naming | undefined {
  if (left.type === 'Identifier') return { name: left.name, at: left };
  if (left.type === 'MemberExpression' && !left.computed) return { name: keyName(left.property, false), at: left.property };
  return undefined;
}

function naming(node: FunctionNode): Naming | undefined {
  if (node.id) return { name: node.id.name, at: node.id };
  const { parent } = node;
  switch (parent.type) {
    // class { handle() {} }, { handle: () => {} }, class { handle = () => {} }
    case 'MethodDefinition':
    case 'Property':
    case 'PropertyDefinition':
    case 'AccessorProperty':
      return parent.value === node ? { name: keyName(parent.key, parent.computed), at: parent.key } : undefined;
    // const handler = async (req, res) => {}
    case 'VariableDeclarator':
      return parent.init === node && parent.id.type === 'Identifier' ? { name: parent.id.name, at: parent.id } : undefined;
    case 'AssignmentExpression':
      return parent.right === node ? assignedName(parent.left) : undefined;
    default:
      return undefined;
  }
}

// An identifier's range in TypeScript includes its type annotation; point at the name only.
function nameLoc(node: TSESTree.Node): TSESTree.SourceLocation {
  if (node.type !== 'Identifier') return node.loc;
  const { start } = node.loc;
  return { start, end: { line: start.line, column: start.column + node.name.length } };
}

// `async (req, res) =>` or `async function`: the head of an unnamed function
function headLoc(node: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.SourceLocation {
  const last = node.type === 'ArrowFunctionExpression'
    ? sourceCode.getTokenBefore(node.body, { filter: (token) => token.value === '=>' })
    : sourceCode.getFirstToken(node, { filter: (token) => token.value === 'function' });
  return { start: node.loc.start, end: (last ?? sourceCode.getFirstToken(node) ?? node).loc.end };
}

/** The function's name (its id, key or the variable it is assigned to) and where to report it. */
export function functionName(node: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): FunctionName {
  const found = naming(node);
  if (!found) return { name: ANONYMOUS, loc: headLoc(node, sourceCode) };
  return { name: found.name ?? ANONYMOUS, loc: nameLoc(found.at) };
}

/** The node whose lines a function spans: a method or property with its key, else the function itself. */
export function functionExtent(node: FunctionNode): TSESTree.Node {
  const { parent } = node;
  const isMethod = (parent.type === 'MethodDefinition' || (parent.type === 'Property' && (parent.method || parent.kind !== 'init')))
    && parent.value === node;
  return isMethod ? parent : node;
}
