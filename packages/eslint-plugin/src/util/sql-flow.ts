// Following values back within the source: a variable's writes (`=`, `+=`, `.push()`), and
// the calls that build strings (`concat`, `join`, `map`). The caller hands in how to read any
// other expression (sql-value.ts's valueOf), so the two modules do not import each other.
import { combine, constant, either, opaque, type SqlValue as Value, valueOfWrites, type Write } from '@plumbline/core/sql-value';
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { type Bindings, returnedValue } from './sql-returns.js';

/** A JS/TS string value in core's model, built at an ESTree node. */
export type SqlValue = Value<TSESTree.Node>;

/** Reads any expression as SQL text. */
export type Read = (node: TSESTree.Node) => SqlValue;

/** What following values needs besides the node. */
export interface FlowContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly allowNonStringValues: boolean;
  readonly seen: Set<TSESTree.Node>;
  /** Given, calls of functions of the file are read as what they return, with these bindings. */
  readonly bound?: Bindings;
}

type Variable = TSESLint.Scope.Variable;
type Reference = TSESLint.Scope.Reference;
const UPPER_CASE = /^[A-Z][A-Z0-9_]*$/;
const SAME_TEXT = new Set(['toString', 'trim', 'trimStart', 'trimEnd', 'toUpperCase', 'toLowerCase']);

function variableOf(node: TSESTree.Identifier, context: FlowContext): Variable | undefined {
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
function plainWrite(reference: Reference): Write<TSESTree.Node> | undefined {
  const { identifier, writeExpr } = reference;
  const parent = identifier.parent;
  if (!writeExpr || !parent) return undefined;
  if (parent.type === 'VariableDeclarator' && parent.id === identifier) return { value: writeExpr, append: false, at: parent };
  if (parent.type !== 'AssignmentExpression' || parent.left !== identifier) return undefined;
  if (parent.operator === '=') return { value: writeExpr, append: false, at: parent };
  return parent.operator === '+=' ? { value: writeExpr, append: true, at: parent } : undefined;
}

// every write must be a plain one: a destructuring or a loop binding could hold anything
function writesOf(variable: Variable, read: Read): SqlValue {
  const writes: Write<TSESTree.Node>[] = [];
  for (const reference of variable.references) {
    if (!reference.isWrite()) continue;
    const write = plainWrite(reference);
    if (!write) return opaque;
    writes.push(write);
  }
  return valueOfWrites(writes, read, 'concatenation', opaque);
}

/** The value of a variable: constants by name or declaration, locals by their writes. */
export function identifierValue(node: TSESTree.Identifier, context: FlowContext, read: Read): SqlValue {
  const variable = variableOf(node, context);
  const definition = variable?.defs[0];
  if (!variable || !definition || definition.type === 'ImportBinding') return UPPER_CASE.test(node.name) ? constant() : opaque;
  if (definition.type === 'Parameter') {
    if (isIndexParameter(definition) || (context.allowNonStringValues && isNumberParameter(definition))) return constant();
    return context.bound?.get(definition.name) ?? opaque;
  }
  if (definition.type !== 'Variable') return opaque;
  // sql = sql + ' LIMIT 10': a variable read within its own writes adds nothing they do not
  if (context.seen.has(definition.name)) return constant();
  context.seen.add(definition.name);
  const value = writesOf(variable, read);
  context.seen.delete(definition.name);
  return value;
}

function callbackResult(callback: TSESTree.Node | undefined, read: Read): SqlValue {
  if (callback?.type !== 'ArrowFunctionExpression' && callback?.type !== 'FunctionExpression') return opaque;
  if (callback.body.type !== 'BlockStatement') return read(callback.body);
  const last = callback.body.body.at(-1);
  return callback.body.body.length === 1 && last?.type === 'ReturnStatement' && last.argument ? read(last.argument) : opaque;
}

// parts.push(`a = ${x}`) and parts.unshift(…) on a local array
function pushedValues(variable: Variable, read: Read): SqlValue[] {
  const values: SqlValue[] = [];
  for (const { identifier } of variable.references) {
    const member = identifier.parent;
    const call = member?.parent;
    if (member?.type !== 'MemberExpression' || member.object !== identifier || call?.type !== 'CallExpression') continue;
    if (member.property.type !== 'Identifier' || !['push', 'unshift'].includes(member.property.name)) continue;
    values.push(combine(call.arguments.map((argument) => read(argument)), 'join()', call));
  }
  return values;
}

function arrayVariable(node: TSESTree.Identifier, context: FlowContext, read: Read): SqlValue {
  const variable = variableOf(node, context);
  const definition = variable?.defs[0];
  if (!variable || definition?.type !== 'Variable' || context.seen.has(definition.name)) return opaque;
  context.seen.add(definition.name);
  const writes = variable.references.flatMap((reference) => {
    const write = reference.isWrite() ? plainWrite(reference) : undefined;
    return write?.value ? [arrayValue(write.value, context, read)] : [];
  });
  context.seen.delete(definition.name);
  if (writes.length === 0) return opaque;
  const pushed = pushedValues(variable, read);
  return pushed.length > 0 ? combine([either(writes), ...pushed], 'join()', node) : either(writes);
}

/** The elements of an array expression as one value: `['a', b]`, `xs.map(() => '?')`, a local array. */
export function arrayValue(node: TSESTree.Node, context: FlowContext, read: Read): SqlValue {
  if (node.type === 'ArrayExpression') {
    return combine(node.elements.map((element) => (element && element.type !== 'SpreadElement' ? read(element) : opaque)), 'join()', node);
  }
  if (node.type === 'Identifier') return arrayVariable(node, context, read);
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return opaque;
  const method = node.callee.property.type === 'Identifier' ? node.callee.property.name : '';
  // ids.map(() => '?'), Array.from({ length: n }, () => '?'), new Array(n).fill('?')
  if (method === 'map' || method === 'flatMap') return callbackResult(node.arguments[0], read);
  if (method === 'from') return callbackResult(node.arguments[1], read);
  if (method === 'fill') return node.arguments[0] ? read(node.arguments[0]) : opaque;
  if (['filter', 'slice', 'concat', 'reverse', 'sort'].includes(method)) return arrayValue(node.callee.object, context, read);
  return opaque;
}

/** The value of a call that builds or passes on a string: `concat`, `join`, `String(x)`, `trim()`. */
export function callValue(node: TSESTree.CallExpression, context: FlowContext, read: Read): SqlValue {
  const { callee } = node;
  const returned = context.bound && returnedValue(node, context.sourceCode.getScope(node), context.bound, read);
  if (returned) return returned;
  const args = node.arguments.map((argument) => read(argument));
  if (callee.type === 'Identifier' && callee.name === 'String' && args[0]) return args[0];
  if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return opaque;
  const method = callee.property.name;
  if (method === 'concat') return combine([read(callee.object), ...args], 'concat()', node);
  if (SAME_TEXT.has(method)) return read(callee.object);
  if (method !== 'join') return opaque;
  const elements = arrayValue(callee.object, context, read);
  return elements.kind === 'opaque' ? opaque : combine([elements, args[0] ?? constant(',')], 'join()', node);
}
