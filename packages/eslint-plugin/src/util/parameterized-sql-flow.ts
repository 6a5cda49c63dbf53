// Following values back within the source: a variable's writes (`=`, `+=`, `.push()`), and
// the calls that build strings (`concat`, `join`, `map`).
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { combine, constant, either, opaque, type SqlValue, type ValueContext, valueOf } from './parameterized-sql-value.js';

type Variable = TSESLint.Scope.Variable;
type Reference = TSESLint.Scope.Reference;
const UPPER_CASE = /^[A-Z][A-Z0-9_]*$/;
const SAME_TEXT = new Set(['toString', 'trim', 'trimStart', 'trimEnd', 'toUpperCase', 'toLowerCase']);

function variableOf(node: TSESTree.Identifier, context: ValueContext): Variable | undefined {
  return ASTUtils.findVariable(context.sourceCode.getScope(node), node) ?? undefined;
}

// xs.map((x, index) => `$${index + 1}`): the index of an array callback is a number
function isIndexParameter(definition: TSESLint.Scope.Definition): boolean {
  const fn = definition.node;
  if (definition.type !== 'Parameter' || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return false;
  const call = fn.parent;
  return call.type === 'CallExpression' && call.arguments[0] === fn && fn.params[1] === definition.name;
}

function isNumberParameter(definition: TSESLint.Scope.Definition): boolean {
  const name = definition.name as TSESTree.Node;
  return name.type === 'Identifier' && name.typeAnnotation?.typeAnnotation.type === 'TSNumberKeyword';
}

// `name = value` or `const name = value`, not a destructuring or a loop binding
function plainWrite(reference: Reference): { value: TSESTree.Node; append: boolean; at: TSESTree.Node } | undefined {
  const { identifier, writeExpr } = reference;
  const parent = identifier.parent;
  if (!writeExpr || !parent) return undefined;
  if (parent.type === 'VariableDeclarator' && parent.id === identifier) return { value: writeExpr, append: false, at: parent };
  if (parent.type !== 'AssignmentExpression' || parent.left !== identifier) return undefined;
  if (parent.operator === '=') return { value: writeExpr, append: false, at: parent };
  return parent.operator === '+=' ? { value: writeExpr, append: true, at: parent } : undefined;
}

function writesOf(variable: Variable, context: ValueContext): SqlValue {
  const assigned: SqlValue[] = [];
  const appended: SqlValue[] = [];
  let firstAppend: TSESTree.Node | undefined;
  for (const reference of variable.references) {
    if (!reference.isWrite()) continue;
    const write = plainWrite(reference);
    if (!write) return opaque;
    const value = valueOf(write.value, context);
    if (!write.append) assigned.push(value);
    else {
      firstAppend ??= write.at;
      appended.push(value.kind === 'opaque' ? { ...value, kind: 'built', how: 'concatenation', site: write.at } : value);
    }
  }
  const base = assigned.length > 0 ? either(assigned) : opaque;
  return firstAppend ? combine([base, ...appended], 'concatenation', firstAppend) : base;
}

/** The value of a variable: constants by name or declaration, locals by their writes. */
export function identifierValue(node: TSESTree.Identifier, context: ValueContext): SqlValue {
  const variable = variableOf(node, context);
  const definition = variable?.defs[0];
  if (!variable || !definition || definition.type === 'ImportBinding') return UPPER_CASE.test(node.name) ? constant() : opaque;
  if (definition.type === 'Parameter') {
    return isIndexParameter(definition) || (context.allowNonStringValues && isNumberParameter(definition)) ? constant() : opaque;
  }
  if (definition.type !== 'Variable' || context.seen.has(definition.name)) return opaque;
  context.seen.add(definition.name);
  const value = writesOf(variable, context);
  context.seen.delete(definition.name);
  return value;
}

function callbackResult(callback: TSESTree.Node | undefined, context: ValueContext): SqlValue {
  if (callback?.type !== 'ArrowFunctionExpression' && callback?.type !== 'FunctionExpression') return opaque;
  if (callback.body.type !== 'BlockStatement') return valueOf(callback.body, context);
  const last = callback.body.body.at(-1);
  return callback.body.body.length === 1 && last?.type === 'ReturnStatement' && last.argument ? valueOf(last.argument, context) : opaque;
}

// parts.push(`a = ${x}`) and parts.unshift(…) on a local array
function pushedValues(variable: Variable, context: ValueContext): SqlValue[] {
  const values: SqlValue[] = [];
  for (const { identifier } of variable.references) {
    const member = identifier.parent;
    const call = member?.parent;
    if (member?.type !== 'MemberExpression' || member.object !== identifier || call?.type !== 'CallExpression') continue;
    if (member.property.type !== 'Identifier' || !['push', 'unshift'].includes(member.property.name)) continue;
    values.push(combine(call.arguments.map((argument) => valueOf(argument, context)), 'join()', call));
  }
  return values;
}

function arrayVariable(node: TSESTree.Identifier, context: ValueContext): SqlValue {
  const variable = variableOf(node, context);
  const definition = variable?.defs[0];
  if (!variable || definition?.type !== 'Variable' || context.seen.has(definition.name)) return opaque;
  context.seen.add(definition.name);
  const writes = variable.references.flatMap((reference) => {
    const write = reference.isWrite() ? plainWrite(reference) : undefined;
    return write ? [arrayValue(write.value, context)] : [];
  });
  context.seen.delete(definition.name);
  if (writes.length === 0) return opaque;
  const pushed = pushedValues(variable, context);
  return pushed.length > 0 ? combine([either(writes), ...pushed], 'join()', node) : either(writes);
}

/** The elements of an array expression as one value: `['a', b]`, `xs.map(() => '?')`, a local array. */
export function arrayValue(node: TSESTree.Node, context: ValueContext): SqlValue {
  if (node.type === 'ArrayExpression') {
    return combine(node.elements.map((element) => (element && element.type !== 'SpreadElement' ? valueOf(element, context) : opaque)), 'join()', node);
  }
  if (node.type === 'Identifier') return arrayVariable(node, context);
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return opaque;
  const method = node.callee.property.type === 'Identifier' ? node.callee.property.name : '';
  // ids.map(() => '?'), Array.from({ length: n }, () => '?'), new Array(n).fill('?')
  if (method === 'map' || method === 'flatMap') return callbackResult(node.arguments[0], context);
  if (method === 'from') return callbackResult(node.arguments[1], context);
  if (method === 'fill') return node.arguments[0] ? valueOf(node.arguments[0], context) : opaque;
  if (['filter', 'slice', 'concat', 'reverse', 'sort'].includes(method)) return arrayValue(node.callee.object, context);
  return opaque;
}

/** The value of a call that builds or passes on a string: `concat`, `join`, `String(x)`, `trim()`. */
export function callValue(node: TSESTree.CallExpression, context: ValueContext): SqlValue {
  const { callee } = node;
  const args = node.arguments.map((argument) => valueOf(argument, context));
  if (callee.type === 'Identifier' && callee.name === 'String' && args[0]) return args[0];
  if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return opaque;
  const method = callee.property.name;
  if (method === 'concat') return combine([valueOf(callee.object, context), ...args], 'concat()', node);
  if (SAME_TEXT.has(method)) return valueOf(callee.object, context);
  if (method !== 'join') return opaque;
  const elements = arrayValue(callee.object, context);
  return elements.kind === 'opaque' ? opaque : combine([elements, args[0] ?? constant(',')], 'join()', node);
}
