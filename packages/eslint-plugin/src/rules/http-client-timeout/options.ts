// Whether a request's options give it a timeout: a `signal` or `timeout` key, or options the
// rule cannot read (a spread, a parameter, a call), which it trusts.
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { HttpCall } from './calls.js';

type Node = TSESTree.Node;

const FUNCTIONS = new Set(['ArrowFunctionExpression', 'FunctionExpression']);

/** The options argument of a call, as its catalog entry places it; undefined when the call has none. */
export function optionsArgument(node: TSESTree.CallExpression, found: HttpCall): Node | undefined {
  const args = node.arguments;
  // axios(url, config), axios(config), https.request(options, cb), https.request(url, options, cb)
  const index = found.spec.options >= 0 ? found.spec.options : args[0]?.type === 'ObjectExpression' ? 0 : 1;
  const options = args[index];
  return options && !FUNCTIONS.has(options.type) ? options : undefined;
}

function keyName(property: TSESTree.ObjectLiteralElement): string | undefined {
  if (property.type !== 'Property') return undefined;
  if (property.key.type === 'Identifier' && !property.computed) return property.key.name;
  return property.key.type === 'Literal' ? String(property.key.value) : undefined;
}

// const options = { … }: a const object literal in scope is read like an inline one
function constObject(identifier: TSESTree.Identifier, scope: TSESLint.Scope.Scope): TSESTree.ObjectExpression | undefined {
  const variable = ASTUtils.findVariable(scope, identifier);
  const definition = variable?.defs[0];
  const node = definition?.node;
  if (variable?.defs.length !== 1 || node?.type !== 'VariableDeclarator' || node.init?.type !== 'ObjectExpression') return undefined;
  // options.signal = controller.signal: written after the literal
  const written = variable.references.some((reference) => reference.identifier.parent.type === 'MemberExpression' && reference.identifier.parent.parent.type === 'AssignmentExpression');
  return written || node.parent.type !== 'VariableDeclaration' || node.parent.kind !== 'const' ? undefined : node.init;
}

/** Whether the options give a timeout (or may: anything the rule cannot read counts as yes). */
export function optionsBound(options: Node | undefined, keys: readonly string[], scope: TSESLint.Scope.Scope): boolean {
  if (!options) return false;
  const object = options.type === 'Identifier' ? constObject(options, scope) : options;
  if (object?.type !== 'ObjectExpression') return true;
  return object.properties.some((property) => property.type === 'SpreadElement' || keys.includes(keyName(property) ?? ''));
}

/** Whether the request a call returns gets `.setTimeout(ms)`, chained or through its variable. */
export function setsTimeoutLater(node: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const isSetTimeout = (parent: Node | undefined): boolean => parent?.type === 'MemberExpression' && !parent.computed
    && parent.property.type === 'Identifier' && parent.property.name === 'setTimeout';
  if (isSetTimeout(node.parent)) return true;
  const declarator = node.parent.type === 'VariableDeclarator' && node.parent.id.type === 'Identifier' ? node.parent : undefined;
  if (!declarator) return false;
  const variable = sourceCode.getDeclaredVariables(declarator)[0];
  return variable?.references.some((reference) => isSetTimeout(reference.identifier.parent)) ?? false;
}
