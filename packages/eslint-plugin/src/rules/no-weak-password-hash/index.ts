import meta from '@plumbline/core/rules/no-weak-password-hash';
import { fastDigest, HASH_CATALOG, isProtocolToken, pbkdf2Minimum, SLOW_HASHER } from '@plumbline/core/password-hash';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule, type RuleContext } from '../../create-rule.js';
import { calleeParts, constantOf } from '../../util/static-value.js';
import { digestOf, type HashCall, hashCallOf, isFeeder, kdfOf, startedDigest } from './calls.js';
import { passwordIn } from './password-value.js';
import { assignedName, functionOf, SlowHashers } from './slow-hashers.js';

type Options = { extraPasswordWords: string[] };
type Scope = TSESLint.Scope.Scope;
const FIX = HASH_CATALOG.javascript.fix;
const count = (value: number): string => value.toLocaleString('en-US');

// pbkdf2Sync(password, 'salt', 10000, 64, 'sha512'), scryptSync(password, '', 64)
function checkKdf(context: RuleContext<Options>, call: HashCall, scope: Scope): void {
  const kdf = kdfOf(call);
  if (!kdf) return;
  const label = context.sourceCode.getText(call.node.callee);
  if (typeof constantOf(call.node.arguments[kdf.salt.index], scope) === 'string') {
    context.report({ node: call.node, messageId: 'constantSalt', data: { kind: kdf.kind, call: label } });
  }
  const iterations = kdf.iterations && constantOf(call.node.arguments[kdf.iterations.index], scope);
  const named = kdf.digest && constantOf(call.node.arguments[kdf.digest.index], scope);
  const digest = typeof named === 'string' ? fastDigest(named) : undefined;
  const minimum = pbkdf2Minimum(digest);
  if (typeof iterations !== 'number' || iterations >= minimum) return;
  const data = { iterations: count(iterations), digest: digest ?? 'any digest', minimum: count(minimum), call: label };
  context.report({ node: call.node, messageId: 'fewIterations', data });
}

// crypto.createHash('md5').update(password), md5(password), CryptoJS.SHA256(passphrase)
function fastHashData(call: HashCall, scope: Scope, context: RuleContext<Options>, words: readonly string[]): Record<string, string> | undefined {
  const [first] = call.node.arguments;
  if (!first) return undefined;
  if (isFeeder(call.name)) {
    const started = startedDigest(calleeParts(call.node.callee)?.receiver, scope);
    const value = started && passwordIn(first, words);
    const label = started && `${context.sourceCode.getText(started.call.node).slice(0, 60)}.${call.name}`;
    return value && label ? { value, algorithm: started.algorithm, call: label, fix: FIX } : undefined;
  }
  const found = digestOf(call, scope);
  const input = found?.digest.input && call.node.arguments[found.digest.input.index];
  const value = input && passwordIn(input, words);
  return found && value ? { value, algorithm: found.algorithm, call: context.sourceCode.getText(call.node.callee), fix: FIX } : undefined;
}

export default createRule(meta, (context, options) => {
  const slow = new SlowHashers();
  const candidates: { node: TSESTree.CallExpression; data: Record<string, string> }[] = [];
  return {
    CallExpression(node) {
      const callee = context.sourceCode.getText(node.callee);
      if (SLOW_HASHER.test(callee)) slow.add(node, functionOf(node));
      const scope = context.sourceCode.getScope(node);
      const call = hashCallOf(node, scope);
      if (!call) return;
      checkKdf(context, call, scope);
      const data = fastHashData(call, scope, context, options.extraPasswordWords);
      if (data) candidates.push({ node, data });
    },
    'Program:exit'() {
      for (const { node, data } of candidates) {
        if (isProtocolToken(assignedName(node) ?? '') || slow.isBeside(node, context.sourceCode)) continue;
        context.report({ node, messageId: 'fastHash', data });
      }
    },
  };
});
