// Which JS/TS calls belong to the JWT libraries of the catalog: jsonwebtoken's `sign`/`decode`
// (`jwt.sign`, `import { sign }`, `require('jsonwebtoken').sign`), jose's `new SignJWT(…)…sign(key)`
// chain and `decodeJwt`.
import { JS_JWT } from '@plumbline/core/jwt-apis';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { calleeParts, importedName, moduleOf, unwrapTs } from '../../util/static-value.js';

type Scope = TSESLint.Scope.Scope;

/** The function of a module a call reaches: `sign` of `jsonwebtoken` for `jwt.sign(…)` or `sign(…)`. */
export function moduleFunction(node: TSESTree.CallExpression, scope: Scope): { module: string; name: string } | undefined {
  const parts = calleeParts(node.callee);
  const receiver = parts?.receiver && unwrapTs(parts.receiver);
  if (!parts) return undefined;
  if (!receiver) {
    const callee = unwrapTs(node.callee) as TSESTree.Identifier;
    const module = moduleOf(callee, scope);
    const name = importedName(callee, scope);
    return module && name ? { module, name } : undefined;
  }
  if (receiver.type === 'Identifier') {
    const module = moduleOf(receiver, scope);
    return module ? { module, name: parts.name } : undefined;
  }
  const isRequire = receiver.type === 'CallExpression' && receiver.callee.type === 'Identifier' && receiver.callee.name === 'require';
  const source = isRequire ? receiver.arguments[0] : undefined;
  return source?.type === 'Literal' && typeof source.value === 'string' ? { module: source.value, name: parts.name } : undefined;
}

/** The jose builder chain a `.sign(key)` call ends: the `new SignJWT(…)` and the methods called on it. */
export function joseChain(node: TSESTree.CallExpression): { builder: TSESTree.NewExpression; methods: string[] } | undefined {
  const parts = calleeParts(node.callee);
  if (parts?.name !== 'sign' || !parts.receiver) return undefined;
  const methods: string[] = [];
  let current: TSESTree.Node = unwrapTs(parts.receiver);
  for (let steps = 0; current.type === 'CallExpression' && steps < 20; steps++) {
    const step = calleeParts(current.callee);
    if (!step?.receiver) return undefined;
    methods.push(step.name);
    current = unwrapTs(step.receiver);
  }
  if (current.type !== 'NewExpression') return undefined;
  const builder = current.callee.type === 'MemberExpression' ? current.callee.property : current.callee;
  return builder.type === 'Identifier' && builder.name === JS_JWT.jose.builder ? { builder: current, methods } : undefined;
}
