// Which loop runs a node once per item: loop statements and array-iteration callbacks, minus
// loops over short literal lists and loops whose body always leaves on its first iteration.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { iterationCount, listsTables, overBatches, passesThrough, shortText, walksTables } from './shapes.js';

/** A loop that runs the reported call per item, and how the message names it. */
export interface PerItemLoop {
  readonly node: TSESTree.Node;
  readonly description: string;
  /** A `while`/`do`/`for (;;)` loop: its calls may page through a table on purpose. */
  readonly conditional: boolean;
}

/** What deciding needs besides the node. */
export interface LoopContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly maxLiteralIterations: number;
}

const ITERATION_METHODS = new Set(['forEach', 'map', 'flatMap', 'reduce', 'reduceRight', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex']);
/** A loop statement. */
export type Loop = TSESTree.ForStatement | TSESTree.ForInStatement | TSESTree.ForOfStatement | TSESTree.WhileStatement | TSESTree.DoWhileStatement;

/** Whether a node is a loop statement. */
export function isLoop(node: TSESTree.Node): node is Loop {
  return node.type === 'ForStatement' || node.type === 'ForInStatement' || node.type === 'ForOfStatement'
    || node.type === 'WhileStatement' || node.type === 'DoWhileStatement';
}

// the iterable of for…of and the init of for run once; the body, test and update run per item
function runsPerItem(loop: Loop, child: TSESTree.Node): boolean {
  if (child === loop.body) return true;
  if (loop.type === 'ForStatement') return child === loop.test || child === loop.update;
  return loop.type === 'WhileStatement' || loop.type === 'DoWhileStatement' ? child === loop.test : false;
}

function continuesLoop(node: TSESTree.Node, loop: Loop, label: string | undefined): boolean {
  if (node.type === 'ContinueStatement') return !node.label || node.label.name === label;
  if (node.type.includes('Function')) return false;
  if (isLoop(node) && node !== loop && !label) return false;
  return Object.entries(node).some(([key, value]) => key !== 'parent' && childNodes(value).some((child) => continuesLoop(child, loop, label)));
}

function childNodes(value: unknown): TSESTree.Node[] {
  const items = Array.isArray(value) ? value : [value];
  return items.filter((item): item is TSESTree.Node => typeof item === 'object' && item !== null && typeof (item as { type?: unknown }).type === 'string');
}

// `for (const row of rows) { return row.id; }`: at most one iteration, unless a `continue` skips ahead
function exitsFirstIteration(loop: Loop): boolean {
  const statements = loop.body.type === 'BlockStatement' ? loop.body.body : [loop.body];
  const label = loop.parent.type === 'LabeledStatement' ? loop.parent.label.name : undefined;
  const exits = statements.some((statement) => statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement'
    || (statement.type === 'BreakStatement' && (!statement.label || statement.label.name === label)));
  return exits && !continuesLoop(loop.body, loop, label);
}

function loopLiteralCount(loop: Loop, context: LoopContext): number | undefined {
  if (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') return iterationCount(loop.right, context.sourceCode, loop.type === 'ForInStatement');
  return loop.type === 'ForStatement' ? iterationCount(loop, context.sourceCode, false) : undefined;
}

function describeLoop(loop: Loop, context: LoopContext): string {
  const line = `on line ${loop.loc.start.line}`;
  if (loop.type === 'ForOfStatement') {
    return `the ${loop.await ? 'for await…of' : 'for…of'} loop over \`${shortText(loop.right, context.sourceCode)}\` ${line}`;
  }
  if (loop.type === 'ForInStatement') return `the for…in loop over \`${shortText(loop.right, context.sourceCode)}\` ${line}`;
  return `the ${loop.type === 'ForStatement' ? 'for' : loop.type === 'WhileStatement' ? 'while' : 'do…while'} loop ${line}`;
}

// items.map((item) => …): the callback runs once per element
function iterationCall(fn: TSESTree.Node): (TSESTree.CallExpression & { callee: TSESTree.MemberExpression }) | undefined {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== fn || call.callee.type !== 'MemberExpression') return undefined;
  const { property } = call.callee;
  return property.type === 'Identifier' && ITERATION_METHODS.has(property.name) ? call as TSESTree.CallExpression & { callee: TSESTree.MemberExpression } : undefined;
}

function callbackLoop(fn: TSESTree.Node, context: LoopContext): PerItemLoop | 'skip' | undefined {
  const call = iterationCall(fn);
  if (!call) return undefined;
  const count = iterationCount(call.callee.object, context.sourceCode, false);
  const binding = fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression' ? fn.params[0] : undefined;
  if ((count !== undefined && count <= context.maxLiteralIterations) || overBatches(call.callee.object, binding) || listsTables(call.callee.object, binding, context.sourceCode)) return 'skip';
  const method = (call.callee.property as TSESTree.Identifier).name;
  const description = `the \`.${method}\` callback over \`${shortText(call.callee.object, context.sourceCode)}\` on line ${call.loc.start.line}`;
  return { node: call, description, conditional: false };
}

function statementLoop(loop: Loop, context: LoopContext): PerItemLoop | 'skip' {
  const count = loopLiteralCount(loop, context);
  if ((count !== undefined && count <= context.maxLiteralIterations) || exitsFirstIteration(loop)) return 'skip';
  if (loop.type === 'ForOfStatement' && (listsTables(loop.right, loop.left, context.sourceCode) || walksTables(loop.left))) return 'skip';
  if ((loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') && overBatches(loop.right, loop.left)) return 'skip';
  // for (let i = 0; i < batches.length; i++)
  const bound = loop.type === 'ForStatement' && loop.test?.type === 'BinaryExpression' ? loop.test.right : undefined;
  if (bound?.type === 'MemberExpression' && overBatches(bound.object, undefined)) return 'skip';
  const conditional = loop.type === 'WhileStatement' || loop.type === 'DoWhileStatement' || loop.type === 'ForStatement';
  return { node: loop, description: describeLoop(loop, context), conditional };
}

/** The innermost loop that runs `node` once per item, within the functions that run right away. */
export function perItemLoop(node: TSESTree.Node, context: LoopContext): PerItemLoop | undefined {
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    let found: PerItemLoop | 'skip' | undefined;
    if (isLoop(parent)) found = runsPerItem(parent, child) ? statementLoop(parent, context) : undefined;
    else if (parent.type === 'ArrowFunctionExpression' || parent.type === 'FunctionExpression' || parent.type === 'FunctionDeclaration') {
      found = callbackLoop(parent, context);
      if (found === undefined && !passesThrough(parent)) return undefined;
    }
    if (found !== undefined && found !== 'skip') return found;
  }
  return undefined;
}
