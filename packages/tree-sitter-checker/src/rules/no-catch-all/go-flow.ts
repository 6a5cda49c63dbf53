// Go: whether code after `r := recover()` handles the value, by the rule's one model:
// re-panicked, passed on (returned, stored, given to a call), exited non-zero, or logged with it.
import type { SyntaxNode } from '../../check.js';
import { dottedName, readsAny, some, walk } from './syntax.js';

const isStackTrace = (node: SyntaxNode): boolean => node.type === 'call_expression' && dottedName(node.childForFieldName('function')) === 'debug.Stack';

/** What counts as handling, from the rule's options. */
export interface GoHandling {
  readonly allowLogged: boolean;
  readonly isLogger: (callee: string) => boolean;
}

type Verdict = 'handled' | 'skip' | 'continue';

function judgeCall(call: SyntaxNode, names: ReadonlySet<string>, handling: GoHandling): Verdict {
  const callee = dottedName(call.childForFieldName('function'));
  const args = call.childForFieldName('arguments');
  // panic(r) re-panics; debug.PrintStack() and a debug.Stack() passed on show where it came from
  if (callee === 'panic' || callee === 'debug.PrintStack' || (args && some(args, isStackTrace))) return 'handled';
  if (callee === 'os.Exit') return args?.namedChild(0)?.text === '0' ? 'continue' : 'handled';
  if (handling.isLogger(callee)) return handling.allowLogged && readsAny(args, names) ? 'handled' : 'skip';
  return readsAny(args, names) ? 'handled' : 'continue';
}

function judge(node: SyntaxNode, names: ReadonlySet<string>, handling: GoHandling): Verdict {
  switch (node.type) {
    case 'call_expression':
      return judgeCall(node, names, handling);
    case 'return_statement':
    case 'send_statement':
      return readsAny(node, names) ? 'handled' : 'continue';
    case 'assignment_statement':
    case 'short_var_declaration':
      return readsAny(node.childForFieldName('right'), names) ? 'handled' : 'continue';
    default:
      return 'continue';
  }
}

/** Whether any of `nodes` handles the value held in one of `names`. */
export function handlesValue(nodes: readonly SyntaxNode[], names: ReadonlySet<string>, handling: GoHandling): boolean {
  let handled = false;
  for (const root of nodes) {
    walk(root, (node) => {
      if (handled) return false;
      const verdict = judge(node, names, handling);
      handled = verdict === 'handled';
      return verdict === 'continue';
    });
  }
  return handled;
}
