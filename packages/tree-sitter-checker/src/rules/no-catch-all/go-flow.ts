// Go: whether code after `r := recover()` handles the value, by the rule's one model in core:
// re-panicked, passed on (returned, stored, given to a call), exited non-zero, or logged with it.
import { callVerdict, type Handling, isHandled, type Verdict } from '@plumbline/core/error-handling';
import type { SyntaxNode } from '../../check.js';
import { dottedName, readsAny, some, walk } from './syntax.js';

const isStackTrace = (node: SyntaxNode): boolean => node.type === 'call_expression' && dottedName(node.childForFieldName('function')) === 'debug.Stack';

function judgeCall(call: SyntaxNode, names: ReadonlySet<string>, handling: Handling): Verdict {
  const callee = dottedName(call.childForFieldName('function'));
  const args = call.childForFieldName('arguments');
  // panic(r) re-panics; debug.PrintStack() and a debug.Stack() passed on show where it came from
  if (callee === 'panic' || callee === 'debug.PrintStack' || (args && some(args, isStackTrace))) return 'handled';
  if (callee === 'os.Exit') return args?.namedChild(0)?.text === '0' ? 'continue' : 'handled';
  return callVerdict(callee, () => readsAny(args, names), handling);
}

function judge(node: SyntaxNode, names: ReadonlySet<string>, handling: Handling): Verdict {
  switch (node.type) {
    case 'call_expression':
      return judgeCall(node, names, handling);
    case 'return_statement':
    case 'send_statement':
      return readsAny(node, names) ? 'handled' : 'continue';
    case 'assignment_statement':
    case 'short_var_declaration':
      // _ = r only quiets the compiler: nothing keeps the value
      return node.childForFieldName('left')?.text !== '_' && readsAny(node.childForFieldName('right'), names) ? 'handled' : 'continue';
    default:
      return 'continue';
  }
}

/** Whether any of `nodes` handles the value held in one of `names`. */
export function handlesValue(nodes: readonly SyntaxNode[], names: ReadonlySet<string>, handling: Handling): boolean {
  return isHandled(nodes, walk, (node) => judge(node, names, handling));
}
