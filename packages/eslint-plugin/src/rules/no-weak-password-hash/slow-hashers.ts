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

// what the expression around a digest does with it: the name it is bound to, or a comparison
function useOf(node: TSESTree.Node): { target?: string; compared: boolean } {
  for (let current = node.parent; current && !STATEMENTS.has(current.type); current = current.parent) {
    if (current.type === 'BinaryExpression' && /^[=!]==?$/.test(current.operator)) return { compared: true };
    if (current.type === 'CallExpression' && current.callee.type === 'MemberExpression' && current.callee.property.type === 'Identifier'
      && current.callee.property.name === 'timingSafeEqual') return { compared: true };
    if (current.type === 'VariableDeclarator' && current.id.type === 'Identifier') return { target: current.id.name, compared: false };
    if (current.type === 'AssignmentExpression' && current.left.type === 'Identifier') return { target: current.left.name, compared: false };
  }
  return { compared: false };
}

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
