// no-error-details-leak for JS/TS: a caught error's message or stack (or the error of an Express
// error handler) sent in a response: `res.status(500).json({ error: err.message })`.
import { isClientErrorStatus, isErrorsOwnStatus, JS_RESPONSES } from '@plumbline/core/http/responses';
import meta from '@plumbline/core/rules/no-error-details-leak';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../create-rule.js';
import { detailRead, receivingCall } from './details.js';
import { responseCall } from './responses.js';

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
const RECEIVERS = new Set<string>(JS_RESPONSES.receivers);

// (err, req, res, next) => …: Express calls a four-parameter function with the error first
function errorHandlerParameter(node: FunctionNode): string | undefined {
  const [error, , response] = node.params;
  const isHandler = node.params.length === 4 && response?.type === 'Identifier' && RECEIVERS.has(response.name);
  return isHandler && error?.type === 'Identifier' ? error.name : undefined;
}

export default createRule(meta, (context, options) => {
  const { sourceCode } = context;
  const text = (node: TSESTree.Node): string => sourceCode.getText(node);
  // one report per response, however many details it sends
  const reported = new Set<TSESTree.Node>();
  function checkVariable(variable: TSESLint.Scope.Variable | undefined): void {
    for (const reference of variable?.references ?? []) {
      const read = detailRead(reference.identifier as TSESTree.Identifier);
      const call = read ? receivingCall(read) : undefined;
      const response = call ? responseCall(call) : undefined;
      if (!read || !response || reported.has(response.callee)) continue;
      const status = response.status ? text(response.status) : undefined;
      if (status !== undefined && !options.reportClientErrors && (isClientErrorStatus(status) || isErrorsOwnStatus(status, variable?.name ?? ''))) continue;
      const detail = read.type === 'MemberExpression' ? `\`${text(read)}\`` : `the error \`${variable?.name ?? ''}\``;
      reported.add(response.callee);
      context.report({ node: response.callee, messageId: 'errorInResponse', data: { what: `\`${text(response.callee).replace(/\s*\n\s*/g, '')}()\``, detail } });
    }
  }
  const checkFunction = (node: FunctionNode): void => {
    const name = errorHandlerParameter(node);
    if (name) checkVariable(sourceCode.getDeclaredVariables(node).find((variable) => variable.name === name));
  };
  return {
    CatchClause(node) {
      for (const variable of node.param ? sourceCode.getDeclaredVariables(node) : []) checkVariable(variable);
    },
    FunctionDeclaration: checkFunction,
    FunctionExpression: checkFunction,
    ArrowFunctionExpression: checkFunction,
  };
});
