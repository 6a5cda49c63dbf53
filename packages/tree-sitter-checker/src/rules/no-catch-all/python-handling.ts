// Whether a Python `except` body handles the exception it caught, by the rule's one model in
// core: re-raised, passed on (returned, stored, given to a call), exited non-zero, or logged with it.
import { callVerdict, type Handling, isHandled, type Verdict } from '@plumbline/core/error-handling';
import type { SyntaxNode } from '../../check.js';
import { dottedName, lastName, readsAny, some, walk } from './syntax.js';

// Calls that only test or convert the exception; what they return may still be passed on.
const INSPECTORS = new Set(['isinstance', 'issubclass', 'type', 'str', 'repr', 'hasattr', 'getattr', 'len', 'id', 'bool', 'format', 'vars']);
const EXITS = new Set(['sys.exit', 'exit', 'quit', 'os._exit', 'os.abort']);
// Logger calls that carry the current traceback without being given the exception.
const TRACEBACK_CALLS = new Set(['exception', 'print_exc', 'print_exception', 'capture_exception', 'captureException']);
const FALSY = new Set(['False', 'None', '0']);

// sys.exit(1), sys.exit("fatal: ..."): the process reports the failure; sys.exit() and exit(0) do not
function isFailingExit(callee: string, args: SyntaxNode | null): boolean {
  if (!EXITS.has(callee)) return false;
  const code = args?.namedChild(0);
  return callee === 'os.abort' || (!!code && !FALSY.has(code.text));
}

// logger.exception(...), logger.error(..., exc_info=True), traceback.format_exc() in the arguments
function carriesTraceback(callee: string, args: SyntaxNode | null): boolean {
  if (TRACEBACK_CALLS.has(lastName(callee))) return true;
  if (!args) return false;
  return some(args, (node) => (node.type === 'keyword_argument' && node.childForFieldName('name')?.text === 'exc_info'
      && !FALSY.has(node.childForFieldName('value')?.text ?? 'None'))
    || (node.type === 'call' && lastName(dottedName(node.childForFieldName('function'))) === 'format_exc'));
}

function judgeCall(call: SyntaxNode, names: ReadonlySet<string>, handling: Handling): Verdict {
  const callee = dottedName(call.childForFieldName('function'));
  const args = call.childForFieldName('arguments');
  if (isFailingExit(callee, args)) return 'handled';
  if (INSPECTORS.has(callee) && !handling.isLogger(callee)) return 'continue';
  return callVerdict(callee, () => readsAny(args, names), handling, () => carriesTraceback(callee, args));
}

const TESTS = new Set(['if_statement', 'elif_clause', 'while_statement', 'conditional_expression']);

// the condition of an `if` only tests the error: `if is_retryable(exc): return None`
function isCondition(node: SyntaxNode): boolean {
  const { parent } = node;
  if (!parent || !TESTS.has(parent.type)) return false;
  const condition = parent.type === 'conditional_expression' ? parent.namedChild(1) : parent.childForFieldName('condition');
  return condition?.id === node.id;
}

function judge(node: SyntaxNode, names: ReadonlySet<string>, handling: Handling): Verdict {
  if (isCondition(node)) return 'skip';
  switch (node.type) {
    case 'raise_statement':
      return 'handled';
    case 'function_definition':
    case 'class_definition':
      return 'skip'; // runs later, if ever
    case 'call':
      return judgeCall(node, names, handling);
    case 'return_statement':
    case 'yield':
      return readsAny(node, names) ? 'handled' : 'continue';
    case 'assignment':
    case 'augmented_assignment':
      // error = exc / self.last_error = exc / message = str(exc): kept for later
      return readsAny(node.childForFieldName('right'), names) ? 'handled' : 'continue';
    default:
      return 'continue';
  }
}

/** Whether an `except` body handles the exception bound to `alias` (if any). */
export function handlesException(body: SyntaxNode, alias: string | undefined, handling: Handling): boolean {
  const names = new Set(alias ? [alias] : []);
  return isHandled([body], walk, (node) => judge(node, names, handling));
}

const TRIVIAL = new Set(['pass_statement', 'continue_statement', 'break_statement']);

/** Whether a body only ignores: `pass`, `continue`, `...`, `return` / `return None`. */
export function onlyIgnores(body: SyntaxNode): boolean {
  return body.namedChildren.every((statement) => TRIVIAL.has(statement.type) || statement.type === 'comment'
    || (statement.type === 'expression_statement' && statement.text === '...')
    || (statement.type === 'return_statement' && ['return', 'return None'].includes(statement.text)));
}
