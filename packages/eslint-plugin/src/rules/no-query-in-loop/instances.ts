// Instances loaded by a query and written one by one in the loop over them:
// `for (const order of await Order.findAll()) await order.save()`.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils } from '@typescript-eslint/utils';
import { type Chain, originOf } from './chain.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

// the iterable a loop variable or an iteration callback's first parameter walks over
function iterableOf(root: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Node | undefined {
  const definition = ASTUtils.findVariable(sourceCode.getScope(root), root)?.defs[0];
  if (!definition) return undefined;
  const declaration = definition.node.parent;
  if (definition.type === 'Variable' && declaration?.parent?.type === 'ForOfStatement' && declaration.parent.left === declaration) return declaration.parent.right;
  const fn = definition.node;
  if (definition.type !== 'Parameter' || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return undefined;
  const call = fn.parent;
  const first = fn.params[0];
  if (call.type !== 'CallExpression' || call.arguments[0] !== fn || call.callee.type !== 'MemberExpression') return undefined;
  return first?.type === 'Identifier' && first.name === root.name ? call.callee.object : undefined;
}

// const [group] = await Group.findOrCreate(…): the first element of a destructured result
function destructuredRow(root: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Node | undefined {
  const definition = ASTUtils.findVariable(sourceCode.getScope(root), root)?.defs[0];
  const pattern = definition?.node.type === 'VariableDeclarator' ? definition.node.id : undefined;
  return pattern?.type === 'ArrayPattern' && pattern.elements[0] === definition?.name ? originOf(root, sourceCode).destructured : undefined;
}

/** The query call that loaded the row (`const user = await User.findByPk(id)`) or the rows the chain's root iterates over. */
export function loadingCall(chain: Chain, sourceCode: SourceCode): TSESTree.CallExpression | undefined {
  if (!chain.root || chain.names.length !== 2) return undefined;
  const row = originOf(chain.root, sourceCode).init ?? destructuredRow(chain.root, sourceCode);
  if (row?.type === 'CallExpression') return row;
  let iterable = iterableOf(chain.root, sourceCode);
  if (iterable?.type === 'AwaitExpression') iterable = iterable.argument;
  if (iterable?.type === 'Identifier') iterable = originOf(iterable, sourceCode).init;
  return iterable?.type === 'CallExpression' ? iterable : undefined;
}
