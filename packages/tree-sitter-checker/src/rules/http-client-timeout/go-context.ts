// Whether a request sent with `http.DefaultClient.Do(req)` carries a context that may have a
// deadline: built with `http.NewRequestWithContext(ctx, …)` or `req.WithContext(ctx)`, with a
// ctx other than `context.Background()` / `context.TODO()`. A ctx from a parameter is the
// caller's, whose deadline the check cannot see: it is trusted.
import type { SyntaxNode } from '../../check.js';
import { type GoImports, packageMember } from '../../util/go-imports.js';
import { enclosingFunction, writesTo } from './go-writes.js';

const EMPTY_CONTEXTS = new Set(['Background', 'TODO']);

function isEmptyContext(node: SyntaxNode | undefined, imports: GoImports): boolean {
  if (node?.type !== 'call_expression') return false;
  const member = packageMember(node.childForFieldName('function'), imports);
  return member?.pkg === 'context' && EMPTY_CONTEXTS.has(member.member);
}

// ctx, or a variable written from context.Background()
function mayHaveDeadline(ctx: SyntaxNode | undefined, scope: SyntaxNode, imports: GoImports): boolean {
  if (!ctx || isEmptyContext(ctx, imports)) return false;
  if (ctx.type !== 'identifier') return true;
  const writes = writesTo(scope, ctx.text);
  return writes.length === 0 || writes.some((write) => !isEmptyContext(write.value, imports));
}

// the context argument of http.NewRequestWithContext(ctx, …) or x.WithContext(ctx)
function contextArgument(value: SyntaxNode | undefined, imports: GoImports): SyntaxNode | undefined {
  if (value?.type !== 'call_expression') return undefined;
  const callee = value.childForFieldName('function');
  const args = value.childForFieldName('arguments')?.namedChildren ?? [];
  const member = packageMember(callee, imports);
  if (member?.pkg === 'net/http' && member.member === 'NewRequestWithContext') return args[0];
  return callee?.type === 'selector_expression' && callee.childForFieldName('field')?.text === 'WithContext' ? args[0] : undefined;
}

/** Whether the request of a `Do(req)` call was given a context that may carry a deadline. */
export function hasDeadlineContext(call: SyntaxNode, imports: GoImports): boolean {
  const request = call.childForFieldName('arguments')?.namedChildren[0];
  const scope = enclosingFunction(call);
  const values = request?.type === 'identifier' ? writesTo(scope, request.text).map((write) => write.value) : [request];
  return values.some((value) => mayHaveDeadline(contextArgument(value, imports), scope, imports));
}
