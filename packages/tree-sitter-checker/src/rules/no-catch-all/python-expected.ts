// Python reading of the two decisions no-catch-all respects (core error-handling.ts): an
// `except` whose comment gives the reason, and a narrow `try` around a call whose failure is the
// answer (`try: return jwt.decode(…)` / `except Exception: return None`).
import type { HandlerCalls } from '@plumbline/core/error-calls/answers';
import { isReasonComment, type TryShape } from '@plumbline/core/error-handling';
import type { SyntaxNode } from '../../check.js';
import { dottedName, lastName, some, walk } from './syntax.js';

/** Whether a comment in the `except` clause (its head line or its body) gives the reason. */
export function hasReasonComment(clause: SyntaxNode): boolean {
  const comments: SyntaxNode[] = [];
  walk(clause, (node) => {
    if (node.type === 'comment') comments.push(node);
  });
  // a comment that ends the body is parsed after the clause, indented deeper than `except`
  for (let next = clause.nextSibling; next?.type === 'comment' && next.startPosition.column > clause.startPosition.column; next = next.nextSibling) {
    comments.push(next);
  }
  return comments.some((comment) => isReasonComment(comment.text));
}

/** The dotted callee of every call under `root` (`?` when it has no name). */
export function calleesIn(root: SyntaxNode): string[] {
  const found: string[] = [];
  walk(root, (node) => {
    if (node.type === 'call') found.push(dottedName(node.childForFieldName('function')) || '?');
  });
  return found;
}

const CLIENT_ERROR = /^(?:4\d\d|status\.HTTP_4\d\d\w*|HTTPStatus\.\w+)$/;
const CLIENT_RESPONSES = /^(?:HttpResponse(?:BadRequest|Forbidden|NotFound|NotAllowed|Gone)|HTTPException|abort)$/;

// Response(status=400), JsonResponse({…}, status=401), abort(404), HttpResponseBadRequest()
function isClientError(call: SyntaxNode): boolean {
  const callee = lastName(dottedName(call.childForFieldName('function')));
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  const status = args.find((arg) => arg.type === 'keyword_argument' && /^status(?:_code)?$/.test(arg.childForFieldName('name')?.text ?? ''));
  if (status) return CLIENT_ERROR.test(status.childForFieldName('value')?.text ?? '');
  if (/^HttpResponse\w+$/.test(callee)) return CLIENT_RESPONSES.test(callee);
  return CLIENT_RESPONSES.test(callee) && CLIENT_ERROR.test(args[0]?.text ?? '');
}

const SKIPS = new Set(['pass_statement', 'continue_statement', 'break_statement', 'raise_statement', 'comment']);

// a value with no call but harmless ones (None, False, {"valid": False}, str(raw)), or a client error
function isAnswer(value: SyntaxNode | null, calls: HandlerCalls): boolean {
  if (!value) return true;
  if (value.type === 'call' && isClientError(value)) return true;
  return !some(value, (node) => node.type === 'call' && !calls.isHarmless(dottedName(node.childForFieldName('function'))));
}

// what an `except` statement may do and still only answer: return, assign, skip, log, tell the user
function answers(statement: SyntaxNode, calls: HandlerCalls, isLogger: (callee: string) => boolean): boolean {
  if (SKIPS.has(statement.type)) return true;
  if (statement.type === 'return_statement') return isAnswer(statement.namedChild(0), calls);
  const expression = statement.type === 'expression_statement' ? statement.namedChild(0) : null;
  if (expression?.type === 'assignment' || expression?.type === 'augmented_assignment') return isAnswer(expression.childForFieldName('right'), calls);
  if (expression?.type === 'ellipsis') return true;
  if (expression?.type !== 'call') return false;
  const callee = dottedName(expression.childForFieldName('function'));
  return isLogger(callee) || calls.isNotice(callee) || isClientError(expression);
}

/** The shape of the `try` an `except` clause belongs to, for isExpectedFailure. */
export function tryShapeOf(clause: SyntaxNode, body: SyntaxNode, calls: HandlerCalls, isLogger: (callee: string) => boolean): TryShape {
  const tried = clause.parent?.type === 'try_statement' ? clause.parent.childForFieldName('body') : null;
  return {
    calls: tried ? calleesIn(tried) : [],
    answersOnly: body.namedChildren.every((statement) => answers(statement, calls, isLogger)),
  };
}
