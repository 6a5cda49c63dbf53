import meta from '@plumbline/core/rules/jwt-requires-expiry';
import { isNoneAlgorithm, JS_JWT, JWT_ALGORITHM } from '@plumbline/core/jwt-apis';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule, type RuleContext } from '../../create-rule.js';
import { constantOf } from '../../util/static-value.js';
import { hasProperty, keyName, payloadHasExpiry, propertyNamed } from './claims.js';
import { joseChain, moduleFunction } from './libraries.js';

type Options = { reportUnverifiedDecode: boolean };
type Scope = TSESLint.Scope.Scope;
const { jsonwebtoken, jose } = JS_JWT;
const IGNORE_EXPIRY: readonly string[] = JS_JWT.ignoreExpiryOptions;

// jwt.sign(payload, key[, options][, callback]): no expiresIn and no exp in a visible payload
function checkSign(context: RuleContext<Options>, node: TSESTree.CallExpression, scope: Scope): void {
  const options = node.arguments[jsonwebtoken.options];
  const algorithm = propertyNamed(options, 'algorithm');
  if (algorithm && isNoneAlgorithm(String(constantOf(algorithm.value, scope) ?? ''))) {
    context.report({ node: algorithm, messageId: 'noneAlgorithm', data: { where: context.sourceCode.getText(algorithm) } });
  }
  const isCallback = options === undefined || options.type === 'ArrowFunctionExpression' || options.type === 'FunctionExpression';
  const expiresIn = isCallback ? false : hasProperty(options, scope, (name) => name === jsonwebtoken.expiryOption);
  if (expiresIn !== false || payloadHasExpiry(node.arguments[jsonwebtoken.payload], scope) !== false) return;
  context.report({ node, messageId: 'missingExpiry', data: { call: context.sourceCode.getText(node.callee), fix: jsonwebtoken.fix } });
}

// new SignJWT(payload)….sign(key) without setExpirationTime and without exp in the payload
function checkJose(context: RuleContext<Options>, node: TSESTree.CallExpression, scope: Scope): void {
  const chain = joseChain(node);
  if (!chain || chain.methods.includes(jose.expiryMethod) || payloadHasExpiry(chain.builder.arguments[0], scope) !== false) return;
  context.report({ node, messageId: 'missingExpiry', data: { call: `new ${jose.builder}(…)….sign`, fix: jose.fix } });
}

// ignoreExpiration: true (jsonwebtoken, passport-jwt, @nestjs/jwt); algorithms: ['HS256', 'none']
function checkProperty(context: RuleContext<Options>, node: TSESTree.Property): void {
  const name = keyName(node);
  if (name !== undefined && IGNORE_EXPIRY.includes(name) && node.value.type === 'Literal' && node.value.value === true) {
    context.report({ node, messageId: 'expiryNotChecked', data: { option: context.sourceCode.getText(node) } });
  }
  if (name !== 'algorithms' || node.value.type !== 'ArrayExpression') return;
  const names = node.value.elements.map((element) => (element?.type === 'Literal' && typeof element.value === 'string' ? element.value : ''));
  const none = node.value.elements[names.findIndex(isNoneAlgorithm)];
  if (none && names.every((each) => JWT_ALGORITHM.test(each))) {
    context.report({ node: none, messageId: 'noneAlgorithm', data: { where: context.sourceCode.getText(node) } });
  }
}

const DECODERS = new Set([`${jsonwebtoken.module}:${jsonwebtoken.decode}`, `${jose.module}:${jose.decode}`]);

export default createRule(meta, (context, options) => ({
  CallExpression(node) {
    const scope = context.sourceCode.getScope(node);
    checkJose(context, node, scope);
    const called = moduleFunction(node, scope);
    if (called?.module === jsonwebtoken.module && called.name === jsonwebtoken.sign) checkSign(context, node, scope);
    if (options.reportUnverifiedDecode && called && DECODERS.has(`${called.module}:${called.name}`)) {
      context.report({ node, messageId: 'signatureNotChecked', data: { call: context.sourceCode.getText(node.callee), option: 'it only decodes' } });
    }
  },
  Property(node) {
    checkProperty(context, node);
  },
}));
