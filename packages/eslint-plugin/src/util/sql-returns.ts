// SQL text returned by a function of the same file: `db.query(queryFor(name))` where
// `function queryFor(name) { return \`SELECT … '${name}'\` }`. The returns are read with the
// parameters bound to the call's arguments, so `queryFor('admin')` is constant.
import { pushAll } from '@plumbline/core/limits';
import { either, type SqlValue } from '@plumbline/core/sql-value';
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

type Value = SqlValue<TSESTree.Node>;
/** A function that can be followed into. */
export type Fn = TSESTree.FunctionDeclaration | TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

/** The parameters of the functions being followed, bound to the values of their call's arguments; a function itself marks it is being read. */
export type Bindings = Map<TSESTree.Node, Value>;

const FUNCTIONS = new Set(['FunctionDeclaration', 'ArrowFunctionExpression', 'FunctionExpression']);
const isFunction = (node: TSESTree.Node | null | undefined): node is Fn => node !== null && node !== undefined && FUNCTIONS.has(node.type);

// this.queryFor(…): a method of the class the call is in
function methodOf(callee: TSESTree.MemberExpression): Fn | undefined {
  if (callee.object.type !== 'ThisExpression' || callee.property.type !== 'Identifier' || callee.computed) return undefined;
  const name = callee.property.name;
  let body: TSESTree.Node | undefined = callee.parent;
  while (body && body.type !== 'ClassBody') body = body.parent;
  const methods = body?.body.filter((member) => member.type === 'MethodDefinition' && member.key.type === 'Identifier' && member.key.name === name) ?? [];
  const method = methods.length === 1 ? methods[0] : undefined;
  return method?.type === 'MethodDefinition' && method.kind === 'method' && isFunction(method.value) ? method.value : undefined;
}

/** The function a callee names: `function queryFor(…) {…}`, `const queryFor = (…) => …` declared once in the file, or `this.queryFor` of the class. */
export function functionOf(callee: TSESTree.Node, scope: TSESLint.Scope.Scope): Fn | undefined {
  if (callee.type === 'MemberExpression') return methodOf(callee);
  if (callee.type !== 'Identifier') return undefined;
  const variable = ASTUtils.findVariable(scope, callee);
  const definition = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || !definition) return undefined;
  if (definition.type === 'FunctionName' && isFunction(definition.node)) return definition.node;
  const declarator = definition.node;
  const constant = declarator.type === 'VariableDeclarator' && declarator.parent.kind === 'const';
  return constant && isFunction(declarator.init) ? declarator.init : undefined;
}

const isNode = (item: unknown): item is TSESTree.Node => typeof item === 'object' && item !== null && 'type' in item;

// the child nodes of a node, whatever its type (not its parent)
const childrenOf = (node: TSESTree.Node): TSESTree.Node[] =>
  Object.entries(node).flatMap(([key, child]: [string, unknown]) => (key === 'parent' ? [] : (Array.isArray(child) ? child : [child]).filter(isNode)));

// the returns of a function's own body, not of the functions nested in it
function returnsOf(fn: Fn): TSESTree.Node[] {
  if (fn.body.type !== 'BlockStatement') return [fn.body];
  const found: TSESTree.Node[] = [];
  const stack: TSESTree.Node[] = [fn.body];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'ReturnStatement' && node.argument) found.push(node.argument);
    if (node.type !== 'ReturnStatement' && !isFunction(node)) pushAll(stack, childrenOf(node));
  }
  return found;
}

/** What a call of a function of the file returns, or undefined when it calls none, one being read, or one too deep. */
export function returnedValue(call: TSESTree.CallExpression, scope: TSESLint.Scope.Scope, bound: Bindings, read: (node: TSESTree.Node) => Value): Value | undefined {
  const fn = functionOf(call.callee, scope);
  // two functions deep at most: each level reads every return of the one below
  if (!fn || bound.has(fn) || [...bound.keys()].filter(isFunction).length >= 2) return undefined;
  const returns = returnsOf(fn);
  if (returns.length === 0) return undefined;
  const values = call.arguments.map((argument) => (argument.type === 'SpreadElement' ? undefined : read(argument)));
  bound.set(fn, values[0] ?? either([]));
  fn.params.forEach((param, index) => {
    const value = values[index];
    if (param.type === 'Identifier' && value) bound.set(param, value);
  });
  try {
    return either(returns.map(read));
  } finally {
    bound.delete(fn);
    fn.params.forEach((param) => bound.delete(param));
  }
}
