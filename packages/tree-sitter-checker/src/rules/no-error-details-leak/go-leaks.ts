// What a Go response body carries of an error: `err.Error()`, an error formatted by
// `fmt.Sprintf("%v", err)`, a stack from `debug.Stack()`; and the response writers in scope.
import { GO_ERROR_NAME, GO_RESPONSES } from '@plumbline/core/http/responses';
import type { SyntaxNode } from '../../check.js';

const STACK = new Set<string>(GO_RESPONSES.stackCalls);
const SPRINT = new Set(['fmt.Sprint', 'fmt.Sprintf', 'fmt.Sprintln']);
const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal']);

/** Whether `node` is a variable named like an error: `err`, `parseErr`. */
export const isErrorName = (node: SyntaxNode | null | undefined): boolean => node?.type === 'identifier' && GO_ERROR_NAME.test(node.text);

const argumentsOf = (call: SyntaxNode): SyntaxNode[] => call.childForFieldName('arguments')?.namedChildren.filter((arg) => arg !== null && arg.type !== 'comment') as SyntaxNode[] ?? [];

function detailOfCall(call: SyntaxNode): string | undefined {
  const callee = call.childForFieldName('function');
  const args = argumentsOf(call);
  if (callee?.type === 'selector_expression' && callee.childForFieldName('field')?.text === 'Error' && args.length === 0) return `\`${call.text}\``;
  if (STACK.has(callee?.text ?? '')) return `a stack trace (\`${callee?.text ?? ''}()\`)`;
  const printed = SPRINT.has(callee?.text ?? '') ? args.find((arg) => isErrorName(arg)) : undefined;
  return printed ? `the error \`${printed.text}\`` : undefined;
}

/** What `body` sends of an error, for the message, or undefined. */
export function detailIn(body: SyntaxNode): string | undefined {
  for (const call of [body, ...body.descendantsOfType('call_expression')]) {
    const detail = call.type === 'call_expression' ? detailOfCall(call) : undefined;
    if (detail) return detail;
  }
  return undefined;
}

/** The names of the `http.ResponseWriter` parameters of the functions around `node`. */
export function responseWriters(node: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (let current = node.parent; current; current = current.parent) {
    const parameters = FUNCTIONS.has(current.type) ? current.childForFieldName('parameters')?.namedChildren ?? [] : [];
    const writers = parameters.filter((parameter) => parameter?.childForFieldName('type')?.text.endsWith('ResponseWriter'));
    for (const name of writers.flatMap((parameter) => parameter?.childrenForFieldName('name') ?? [])) if (name) names.add(name.text);
  }
  return names;
}

export { argumentsOf };
