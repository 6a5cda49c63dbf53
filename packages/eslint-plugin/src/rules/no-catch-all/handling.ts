// Whether a JS/TS error handler handles the error it received, by the rule's one model in core:
// rethrown, passed on (returned, stored, given to a call), exited non-zero, or logged with it.
import { callVerdict, type Handling, isHandled, type Verdict } from '@plumbline/core/error-handling';
import { pushAll } from '@plumbline/core/limits';
import type { TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;

/** The dotted name of a callee: `this.logger.error`, `console.error`; a call in the chain stands for its callee. */
export function calleeName(node: Node): string {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'ThisExpression') return 'this';
  if (node.type === 'CallExpression') return calleeName(node.callee);
  if (node.type === 'ChainExpression' || node.type === 'TSNonNullExpression') return calleeName(node.expression);
  if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier') return '';
  const object = calleeName(node.object);
  return object ? `${object}.${node.property.name}` : node.property.name;
}

/** The child nodes of `node`, in source order. */
export function children(node: Node): Node[] {
  const result: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent' || !value || typeof value !== 'object') continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item && typeof (item as Node).type === 'string' && 'range' in item) result.push(item as Node);
    }
  }
  return result;
}

// a node and its descendants in document order; `visit` returns false to leave the children out
function walk(root: Node, visit: (node: Node) => boolean): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node)) pushAll(stack, children(node).reverse());
  }
}

// `e` in `obj.e` or `{ e: 1 }` names something else
function isRead(node: TSESTree.Identifier): boolean {
  const { parent } = node;
  if (parent.type === 'MemberExpression') return parent.object === node || parent.computed;
  if (parent.type === 'Property') return parent.value === node || parent.computed;
  return true;
}

/** Whether `root` reads one of the variables in `names`. */
export function readsAny(root: Node | null | undefined, names: ReadonlySet<string>): boolean {
  if (!root || names.size === 0) return false;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'Identifier' && names.has(node.name) && isRead(node)) return true;
    pushAll(stack, children(node));
  }
  return false;
}

function judgeCall(node: TSESTree.CallExpression | TSESTree.NewExpression, names: ReadonlySet<string>, handling: Handling): Verdict {
  const callee = calleeName(node.callee);
  const [first] = node.arguments;
  if (callee === 'process.exit') return first && !(first.type === 'Literal' && first.value === 0) ? 'handled' : 'continue';
  const args = { type: 'ArrayExpression', elements: node.arguments } as unknown as Node;
  return callVerdict(callee, () => readsAny(args, names), handling);
}

// const message = e.message / const { code } = e: the new names carry the error
function judgeDeclaration(target: Node, value: Node | null, names: Set<string>): Verdict {
  if (!readsAny(value, names)) return 'continue';
  if (value?.type === 'Identifier') return 'handled'; // const cause = err: kept under a new name
  const stack: Node[] = [target];
  while (stack.length > 0) {
    const node: Node = stack.pop()!;
    if (node.type === 'Identifier') names.add(node.name);
    if (node.type === 'Identifier' || node.type === 'MemberExpression') continue;
    const key = node.type === 'Property' ? node.key : undefined; // { key: local }
    pushAll(stack, children(node).filter((child) => child !== key));
  }
  return 'continue';
}

const CALLS = new Set(['CallExpression', 'NewExpression', 'ChainExpression']);
const TESTED = new Set(['IfStatement', 'ConditionalExpression', 'WhileStatement', 'DoWhileStatement']);

function judge(node: Node, names: Set<string>, handling: Handling): Verdict {
  // if (isNotFound(err)) return null: a condition only tests the error
  if (node.parent && TESTED.has(node.parent.type) && (node.parent as { test?: Node }).test === node) return 'skip';
  switch (node.type) {
    case 'ThrowStatement':
      return 'handled';
    case 'CallExpression':
    case 'NewExpression':
      return judgeCall(node, names, handling);
    case 'ReturnStatement':
    case 'YieldExpression':
      return readsAny(node.argument, names) ? 'handled' : 'continue';
    case 'AssignmentExpression':
      // error = err / this.lastError = err / msg = err.message: kept in a variable outside the handler
      return readsAny(node.right, names) ? 'handled' : 'continue';
    case 'VariableDeclarator':
      return judgeDeclaration(node.id, node.init, names);
    default:
      return 'continue';
  }
}

/** Whether a handler body (a block, or an arrow function's expression) handles the error bound to `names`. */
export function handlesError(body: Node, bound: readonly string[], handling: Handling): boolean {
  const names = new Set(bound);
  // (err) => ({ ok: false, error: err }) returns the error; (err) => log(err) is judged as a call
  const returned = body.type === 'AwaitExpression' ? body.argument : body;
  if (!CALLS.has(returned.type) && body.type !== 'BlockStatement' && readsAny(body, names)) return true;
  return isHandled([body], walk, (node) => judge(node, names, handling));
}
