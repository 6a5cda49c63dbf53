import { handlerCalls } from '@plumbline/core/error-calls/answers';
import { type Handling, isExpectedFailure } from '@plumbline/core/error-handling';
import meta, { loggerMatcher } from '@plumbline/core/rules/no-catch-all';
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../create-rule.js';
import { hasReasonComment, tryShapeOf } from './expected.js';
import { calleeName, handlesError } from './handling.js';

type Node = TSESTree.Node;

// catch (err), catch ({ message }): the names the handler receives the error under
function boundNames(param: Node | null | undefined): string[] {
  if (!param) return [];
  if (param.type === 'Identifier') return [param.name];
  if (param.type === 'ObjectPattern') return param.properties.flatMap((property) => boundNames(property.type === 'Property' ? property.value : property.argument));
  if (param.type === 'ArrayPattern') return param.elements.flatMap((element) => boundNames(element));
  if (param.type === 'AssignmentPattern') return boundNames(param.left);
  if (param.type === 'RestElement') return boundNames(param.argument);
  return [];
}

// .catch(noop), .catch(_.noop), .catch(Function.prototype)
function isNoop(node: Node): boolean {
  const name = calleeName(node);
  return /(^|\.)noop$/i.test(name) || name === 'Function.prototype';
}

function isFunction(node: Node): node is TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
}

// promise.catch(fail) and promise.then(ok, fail): the rejection handler, if the call has one
function rejectionHandler(node: TSESTree.CallExpression): { handler: Node; method: string } | undefined {
  const { callee } = node;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
  const method = callee.property.name;
  const handler = method === 'catch' && node.arguments.length === 1 ? node.arguments[0] : method === 'then' ? node.arguments[1] : undefined;
  return handler && handler.type !== 'SpreadElement' ? { handler, method } : undefined;
}

export default createRule(meta, (context, options) => {
  const calls = handlerCalls('javascript', options.answerCalls);
  const isLogger = loggerMatcher(options.loggers);
  const handling: Handling = { allowLogged: options.allowLogged, isLogger, isNotice: options.allowUserNotices ? calls.isNotice : undefined };
  // the decisions respected before reporting: a reason in a comment, a failure that is the answer
  const decided = (tried: TSESTree.Node, body: TSESTree.Node, handler: TSESTree.Node, after: TSESTree.Node): boolean =>
    (options.allowCommentedHandlers && hasReasonComment(context.sourceCode, handler, after))
    || isExpectedFailure(tryShapeOf(tried, body, calls, isLogger), calls.isAnswer, calls.isHarmless);
  const fix = options.allowLogged
    ? 'rethrow it, pass it on (`next(err)`, `reject(err)`, `return err`) or log it with the error object'
    : 'rethrow it or pass it on (`next(err)`, `reject(err)`, `return err`)';
  const report = (loc: TSESTree.SourceLocation, what: string): void => context.report({ loc, messageId: 'swallowedError', data: { what, fix } });
  return {
    CatchClause(node) {
      const keyword = context.sourceCode.getFirstToken(node)?.loc ?? node.loc;
      // `catch (err)`, through the closing parenthesis
      const closing = node.param ? context.sourceCode.getTokenAfter(node.param) : null;
      const loc = { start: keyword.start, end: closing?.loc.end ?? node.param?.loc.end ?? keyword.end };
      const empty = node.body.body.length === 0;
      if (!empty && handlesError(node.body, boundNames(node.param), handling)) return;
      if (decided(node.parent.block, node.body, node.body, node.body)) return;
      report(loc, empty ? 'Empty `catch` block swallows the error' : 'This `catch` drops the error it caught');
    },
    CallExpression(node) {
      const found = rejectionHandler(node);
      if (!found) return;
      const { handler, method } = found;
      const what = `This \`.${method}()\` rejection handler swallows the error`;
      const tried = (node.callee as TSESTree.MemberExpression).object;
      if (isNoop(handler)) report(handler.loc, what);
      else if (isFunction(handler) && !handlesError(handler.body, boundNames(handler.params[0]), handling) && !decided(tried, handler.body, handler, node)) report(handler.loc, what);
    },
  };
});
