// Slow hashers beside a fast digest: the digest is a pre-hash nested in their call or assigned to
// a name they read, or a legacy comparison in a function that rehashes with them.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Fn = TSESTree.Node;
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'Program']);
const STATEMENTS = new Set(['ExpressionStatement', 'ReturnStatement', 'IfStatement', 'BlockStatement', 'VariableDeclaration']);

/** The innermost function around a node, or the program. */
export function functionOf(node: TSESTree.Node): Fn {
  let current: TSESTree.Node | undefined = node.parent;
  while (current && !FUNCTIONS.has(current.type)) current = current.parent;
  return current ?? node;
}

// the last name of an assignment's target: `token`, `feverToken` of `user.feverToken`
function lastName(target: TSESTree.Node): string | undefined {
  if (target.type === 'Identifier') return target.name;
  return target.type === 'MemberExpression' && !target.computed && target.property.type === 'Identifier' ? target.property.name : undefined;
}

// what the expression around a digest does with it: the local it is bound to (`target`), the last
// name of any target (`name`), or a comparison
function useOf(node: TSESTree.Node): { target?: string; name?: string; compared: boolean } {
  for (let current = node.parent; current && !STATEMENTS.has(current.type); current = current.parent) {
    if (current.type === 'BinaryExpression' && /^[=!]==?$/.test(current.operator)) return { compared: true };
    if (current.type === 'CallExpression' && current.callee.type === 'MemberExpression' && current.callee.property.type === 'Identifier'
      && current.callee.property.name === 'timingSafeEqual') return { compared: true };
    const left = current.type === 'VariableDeclarator' ? current.id : current.type === 'AssignmentExpression' ? current.left : undefined;
    if (left) return { ...(left.type === 'Identifier' ? { target: left.name } : {}), name: lastName(left), compared: false };
  }
  return { compared: false };
}

/** The last name of what a digest is assigned to (`token` of `const token = md5(…)`), if it is assigned. */
export const assignedName = (node: TSESTree.Node): string | undefined => useOf(node).name;

/** The slow-hasher calls of each function of a file. */
export class SlowHashers {
  readonly #byFunction = new Map<Fn, TSESTree.CallExpression[]>();

  /** Records a slow-hasher call in its function. */
  add(call: TSESTree.CallExpression, fn: Fn): void {
    const calls = this.#byFunction.get(fn) ?? [];
    calls.push(call);
    this.#byFunction.set(fn, calls);
  }

  /** Whether a digest call is on the way to a slow hasher of its function. */
  isBeside(node: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
    const calls = this.#byFunction.get(functionOf(node)) ?? [];
    if (calls.length === 0) return false;
    if (calls.some((call) => call.range[0] <= node.range[0] && node.range[1] <= call.range[1])) return true;
    const { target, compared } = useOf(node);
    if (compared) return true;
    if (target === undefined) return false;
    const word = new RegExp(`\\b${target.replace(/\$/g, '\\$')}\\b`);
    return calls.some((call) => word.test(sourceCode.getText(call)));
  }
}
