// Small shape facts for no-query-in-loop: how many times a literal loop runs, which callbacks
// run right away, which functions batch on purpose, and short source text for messages.
import { excerpt } from '@plumbline/core/finding';
import { BATCH_LOADERS, TRANSACTION_CALLS } from '@plumbline/core/query-calls/javascript';
import { globToRegExp } from '@plumbline/core/rules/no-query-in-loop';
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;
const PROMISE_CALLBACKS = new Set(['then', 'catch', 'finally']);

/** Source text on one line, cut to 40 characters. */
export function shortText(node: TSESTree.Node, sourceCode: SourceCode): string {
  return excerpt(sourceCode.getText(node));
}

// const KINDS = ['a', 'b']: a const binding to a literal
function constInit(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node {
  if (node.type !== 'Identifier') return node;
  const definition = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
  const declarator = definition?.node;
  if (declarator?.type !== 'VariableDeclarator' || declarator.parent.kind !== 'const' || !declarator.init) return node;
  return declarator.init.type === 'TSAsExpression' ? declarator.init.expression : declarator.init;
}

function literalCount(node: TSESTree.Node, sourceCode: SourceCode, keys: boolean): number | undefined {
  const value = constInit(node, sourceCode);
  if (value.type === 'ArrayExpression' && !keys) return value.elements.every((e) => e?.type !== 'SpreadElement') ? value.elements.length : undefined;
  if (value.type === 'ObjectExpression') return value.properties.every((p) => p.type === 'Property') ? value.properties.length : undefined;
  return undefined;
}

// for (let i = 0; i < 3; i++)
function countedFor(loop: TSESTree.ForStatement): number | undefined {
  const declarator = loop.init?.type === 'VariableDeclaration' ? loop.init.declarations[0] : undefined;
  const test = loop.test;
  if (declarator?.init?.type !== 'Literal' || typeof declarator.init.value !== 'number' || test?.type !== 'BinaryExpression') return undefined;
  if (test.right.type !== 'Literal' || typeof test.right.value !== 'number') return undefined;
  if (test.operator === '<') return test.right.value - declarator.init.value;
  return test.operator === '<=' ? test.right.value - declarator.init.value + 1 : undefined;
}

const TABLE_NAME = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;
const MODEL_NAME = /^[A-Z]\w*$/;

const TABLE_WORDS = /table|model|tbl/i;

// Order, models.Order, [Order, 'order_id'], and with `strings` 'order_lines': an item naming a table or a model
function namesTable(item: TSESTree.Node | null, strings: boolean): boolean {
  if (item?.type === 'Literal') return strings && typeof item.value === 'string' && TABLE_NAME.test(item.value);
  if (item?.type === 'Identifier') return MODEL_NAME.test(item.name);
  if (item?.type === 'MemberExpression') return item.property.type === 'Identifier' && MODEL_NAME.test(item.property.name);
  return item?.type === 'ArrayExpression' && item.elements[0] !== undefined && namesTable(item.elements[0], false);
}

/**
 * Whether a loop over `node` walks a literal list of tables or models (any length: the schema fixes it);
 * strings are table names when the list or the loop's `item` is named for tables (`TABLES`, `table`).
 */
export function listsTables(node: TSESTree.Node, item: TSESTree.Node | undefined, sourceCode: SourceCode): boolean {
  const value = constInit(node, sourceCode);
  const named = (part: TSESTree.Node | undefined): boolean => part !== undefined && TABLE_WORDS.test(sourceCode.getText(part));
  const strings = (node.type === 'Identifier' && named(node)) || named(item);
  return value.type === 'ArrayExpression' && value.elements.length > 0 && value.elements.every((element) => namesTable(element, strings));
}

const TABLE_ITEM = /^(\w+_)?(table|tbl|model)(_?(name|cls|class))?$/i;

/** Whether a for…of loop binds a table or a model class (`for (const table of tables)`): one statement per table is schema work. */
export function walksTables(left: TSESTree.Node): boolean {
  const id = left.type === 'VariableDeclaration' ? left.declarations[0]?.id : left;
  return id?.type === 'Identifier' && TABLE_ITEM.test(id.name);
}

/** How many times a loop over `node` runs when that is fixed by a literal, else undefined. */
export function iterationCount(node: TSESTree.Node, sourceCode: SourceCode, keys: boolean): number | undefined {
  if (node.type === 'ForStatement') return countedFor(node);
  // Object.entries({ a, b }), Object.keys(LIMITS)
  if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.object.type === 'Identifier'
    && node.callee.object.name === 'Object' && node.arguments[0]) return literalCount(node.arguments[0], sourceCode, true);
  return literalCount(node, sourceCode, keys);
}

function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const { callee } = call;
  if (callee.type === 'Identifier') return callee.name;
  return callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : undefined;
}

const BATCH_WORD = /(chunk|batch|page)(s|es)?$/i;

/** A loop over chunks, batches or pages of items (`for (const batch of chunk(ids, 500))`): one query per batch is the batched form. */
export function overBatches(iterable: TSESTree.Node, binding: TSESTree.Node | undefined): boolean {
  const value = iterable.type === 'CallExpression' ? iterable.callee : iterable;
  const name = value.type === 'Identifier' ? value.name : value.type === 'MemberExpression' && value.property.type === 'Identifier' ? value.property.name : '';
  const declared = binding?.type === 'VariableDeclaration' ? binding.declarations[0]?.id : binding;
  return BATCH_WORD.test(name) || (declared?.type === 'Identifier' && BATCH_WORD.test(declared.name));
}

/** A function that runs right away, once: an IIFE, a transaction body, a promise callback, a Promise executor. */
export function passesThrough(fn: TSESTree.Node): boolean {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' && call?.type !== 'NewExpression') return false;
  if (call.callee === fn) return true;
  const name = calleeName(call) ?? '';
  if (call.type === 'NewExpression') return name === 'Promise';
  return TRANSACTION_CALLS.includes(name) || PROMISE_CALLBACKS.has(name);
}

function functionName(fn: TSESTree.Node): string | undefined {
  if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  if ((parent?.type === 'Property' || parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') && parent.key.type === 'Identifier') return parent.key.name;
  return undefined;
}

const isLoader = (node: TSESTree.Node | undefined): boolean => node?.type === 'NewExpression' && BATCH_LOADERS.includes(calleeName(node) ?? '');

// new DataLoader(async (keys) => …) or new DataLoader(batchUsers) with `batchUsers` declared in the file
function isLoaderBatch(fn: TSESTree.Node, sourceCode: SourceCode): boolean {
  const holder = fn.parent?.type === 'VariableDeclarator' ? fn.parent.id : fn.type === 'FunctionDeclaration' ? fn.id : undefined;
  if (isLoader(fn.parent) && (fn.parent as TSESTree.NewExpression).arguments[0] === fn) return true;
  if (holder?.type !== 'Identifier') return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(holder), holder);
  return variable?.references.some((reference) => isLoader(reference.identifier.parent)) ?? false;
}

/** Whether `node` is inside a function that batches on purpose: a DataLoader batch function or one named in `batchFunctions`. */
export function insideBatchFunction(node: TSESTree.Node, batchFunctions: readonly string[], sourceCode: SourceCode): boolean {
  const patterns = batchFunctions.map(globToRegExp);
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== 'ArrowFunctionExpression' && current.type !== 'FunctionExpression' && current.type !== 'FunctionDeclaration') continue;
    const name = functionName(current);
    if ((name && patterns.some((pattern) => pattern.test(name))) || isLoaderBatch(current, sourceCode)) return true;
  }
  return false;
}
