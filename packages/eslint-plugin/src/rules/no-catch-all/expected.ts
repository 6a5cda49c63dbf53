// JS/TS reading of the two decisions no-catch-all respects (core error-handling.ts): a handler
// whose comment gives the reason, and a narrow `try` around a call whose failure is the answer.
import type { HandlerCalls } from '@plumbline/core/error-calls/answers';
import type { TryShape } from '@plumbline/core/error-handling';
import { isReasonComment } from '@plumbline/core/error-handling';
import { pushAll } from '@plumbline/core/limits';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { calleeName, children } from './handling.js';

type Node = TSESTree.Node;

/** Whether a comment inside `node`, or after it on its last line, gives the handler's reason. */
export function hasReasonComment(sourceCode: Readonly<TSESLint.SourceCode>, node: Node, after: Node = node): boolean {
  const inside = sourceCode.getCommentsInside(node);
  const trailing = sourceCode.getCommentsAfter(after).filter((comment) => comment.loc.start.line === after.loc.end.line);
  return [...inside, ...trailing].some((comment) => isReasonComment(comment.type === 'Line' ? `//${comment.value}` : `/*${comment.value}*/`));
}

// new URL(s) reads `URL`, import(p) reads `import`, JSON.parse(s) reads `JSON.parse`
function calleeOf(node: Node): string | undefined {
  if (node.type === 'CallExpression' || node.type === 'NewExpression') return calleeName(node.callee) || '?';
  if (node.type === 'ImportExpression') return 'import';
  return undefined;
}

/** The callee of every call under `root`, nested functions included. */
export function calleesIn(root: Node): string[] {
  const found: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const callee = calleeOf(node);
    if (callee) found.push(callee);
    pushAll(stack, children(node));
  }
  return found;
}

const RESPONDERS = new Set(['status', 'code', 'sendStatus', 'writeHead', 'throw']);
const CLIENT_ERRORS = /(?:Invalid|BadRequest|NotFound|Unauthori[sz]ed|Forbidden|Validation|Authentication)\w*Error$/;

// 401, or InvalidRequestError(…) / new NotFoundError(…)
function isClientStatus(node: Node | undefined): boolean {
  if (node?.type === 'Literal') return typeof node.value === 'number' && node.value >= 400 && node.value < 500;
  return (node?.type === 'CallExpression' || node?.type === 'NewExpression') && CLIENT_ERRORS.test(calleeName(node.callee));
}

// res.status(401).json(…), reply.code(400).send(…), ctx.throw(404), ctx.throw(InvalidRequestError(…)): a client error answers
function isClientError(node: Node): boolean {
  for (let current: Node = node; current.type === 'CallExpression' || current.type === 'MemberExpression';) {
    if (current.type === 'CallExpression') {
      const method = current.callee.type === 'MemberExpression' && current.callee.property.type === 'Identifier' ? current.callee.property.name : '';
      if (RESPONDERS.has(method) && isClientStatus(current.arguments[0])) return true;
      current = current.callee;
    } else current = current.object;
  }
  return false;
}

const ANSWERS = new Set(['ThrowStatement', 'VariableDeclaration', 'EmptyStatement', 'BreakStatement', 'ContinueStatement']);

// return, return null, return { valid: false }, return new URL(HOME), return res.status(401).json(…): no other call
function returnsAnswer(statement: TSESTree.ReturnStatement, calls: HandlerCalls): boolean {
  const { argument } = statement;
  if (!argument) return true;
  if (argument.type === 'CallExpression' && isClientError(argument)) return true;
  return calleesIn(argument).every((callee) => calls.isHarmless(callee) || calls.isAnswer(callee));
}

// what a handler statement may do and still only answer: return, assign, log, tell the user
function answers(statement: Node, calls: HandlerCalls, isLogger: (callee: string) => boolean): boolean {
  if (ANSWERS.has(statement.type)) return true;
  if (statement.type === 'ReturnStatement') return returnsAnswer(statement, calls);
  if (statement.type !== 'ExpressionStatement') return false;
  const { expression } = statement;
  if (expression.type === 'AssignmentExpression' || expression.type === 'UpdateExpression') return true;
  if (expression.type !== 'CallExpression') return false;
  const callee = calleeName(expression.callee);
  return isLogger(callee) || calls.isNotice(callee) || isClientError(expression);
}

/** The shape of a handler's `try`: the calls of `tried`, and whether `handler` (a block, or an arrow's expression) only answers. */
export function tryShapeOf(tried: Node, handler: Node, calls: HandlerCalls, isLogger: (callee: string) => boolean): TryShape {
  const answersOnly = handler.type === 'BlockStatement'
    ? handler.body.every((statement) => answers(statement, calls, isLogger))
    : calleesIn(handler).every((callee) => calls.isAnswer(callee) || calls.isHarmless(callee));
  return { calls: calleesIn(tried), answersOnly };
}
