// Calls of the hash catalog in JS/TS: fast digests (`crypto.createHash('md5')`, `md5(x)`,
// `CryptoJS.SHA256(x)`) and password KDFs (`pbkdf2Sync`, `scryptSync`), by name and receiver.
import { type DigestCall, digestCallsNamed, fastDigest, HASH_CATALOG, kdfCallsNamed, type KdfCall } from '@plumbline/core/password-hash';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { boundValue, calleeParts, constantOf, moduleOf, unwrapTs } from '../../util/static-value.js';

type Scope = TSESLint.Scope.Scope;
const NODE_CRYPTO = new Set(['crypto', 'node:crypto']);

// `crypto` for any name bound to node:crypto (`import * as nodeCrypto from 'node:crypto'`, `require('crypto')`)
function receiverName(receiver: TSESTree.Node | undefined, scope: Scope): string {
  if (!receiver) return '';
  const node = unwrapTs(receiver);
  if (node.type === 'Identifier') return NODE_CRYPTO.has(moduleOf(node, scope) ?? '') ? 'crypto' : node.name;
  if (node.type === 'MemberExpression' && node.property.type === 'Identifier') return node.property.name;
  const isRequire = node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'require';
  return isRequire && node.arguments[0]?.type === 'Literal' && NODE_CRYPTO.has(String(node.arguments[0].value)) ? 'crypto' : '';
}

/** A call with its catalog name and receiver. */
export interface HashCall {
  readonly node: TSESTree.CallExpression;
  readonly name: string;
  readonly receiver: string;
}

/** The catalog's view of a call: its name and the name of its receiver (`''` for a bare call). */
export function hashCallOf(node: TSESTree.CallExpression, scope: Scope): HashCall | undefined {
  const parts = calleeParts(node.callee);
  return parts && { node, name: parts.name, receiver: receiverName(parts.receiver, scope) };
}

/** The fast digest a call computes, if the catalog knows it. */
export function digestOf(call: HashCall, scope: Scope): { digest: DigestCall; algorithm: string } | undefined {
  for (const digest of digestCallsNamed('javascript', call.name, call.receiver)) {
    const named = digest.algorithm === 'name' ? call.name : digest.algorithm === 'receiver' ? call.receiver : constantOf(call.node.arguments[digest.algorithm.index], scope);
    const algorithm = typeof named === 'string' ? fastDigest(named) : undefined;
    if (algorithm) return { digest, algorithm };
  }
  return undefined;
}

/** The digest a `.update(…)` call feeds: `createHash('md5')` itself, through earlier updates, or a name bound to it. */
export function startedDigest(receiver: TSESTree.Node | undefined, scope: Scope): { call: HashCall; algorithm: string } | undefined {
  let node = receiver && unwrapTs(receiver);
  for (let steps = 0; node && steps < 10; steps++) {
    if (node.type === 'Identifier') node = boundValue(node, scope);
    else if (node.type === 'CallExpression' && calleeParts(node.callee)?.name === 'update') node = calleeParts(node.callee)?.receiver;
    else break;
  }
  const call = node?.type === 'CallExpression' ? hashCallOf(node, scope) : undefined;
  const found = call && digestOf(call, scope);
  return call && found ? { call, algorithm: found.algorithm } : undefined;
}

/** The KDF a call is, if the catalog knows it. */
export function kdfOf(call: HashCall): KdfCall | undefined {
  return kdfCallsNamed('javascript', call.name, call.receiver)[0];
}

/** Whether a method name feeds a started digest (`update`). */
export const isFeeder = (name: string): boolean => HASH_CATALOG.javascript.feeders.includes(name);
