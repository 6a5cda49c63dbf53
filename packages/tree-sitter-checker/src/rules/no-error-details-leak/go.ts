// no-error-details-leak for Go: `http.Error`, gin/echo/fiber context methods, `fmt.Fprintf(w, …)`
// and `w.Write(…)` sending an error's message or a stack trace.
import { GO_RESPONSES, isClientErrorStatus } from '@plumbline/core/http/responses';
import type { NoErrorDetailsLeakOptions } from '@plumbline/core/rules/no-error-details-leak';
import { type Match, type Measure, type Report, spanOf, type SyntaxNode } from '../../check.js';
import { type GoImports, goImports, packageMember } from '../../util/go-imports.js';
import { argumentsOf, detailIn, isErrorName, responseWriters } from './go-leaks.js';

const CONTEXT = new Set<string>(GO_RESPONSES.contextMethods);
const BODY_ONLY = new Set<string>(GO_RESPONSES.bodyOnlyMethods);
const PRINTERS = new Set<string>(GO_RESPONSES.writerPrinters);
const HTTP_ERRORS = new Set<string>(GO_RESPONSES.httpErrorConstructors);
const STATUS_LIKE = /^[1-5]\d\d$|(?:^|\.)Status\w+$|status|code/i;

/** What a call sends: the body arguments, the status text when known, and whether bare error values are printed. */
interface Sent {
  readonly body: readonly SyntaxNode[];
  readonly status?: string;
  readonly prints?: boolean;
}

// fiber: c.Status(500).JSON(body)
function chainedStatus(receiver: SyntaxNode | null): string | undefined {
  const callee = receiver?.type === 'call_expression' ? receiver.childForFieldName('function') : null;
  return callee?.childForFieldName('field')?.text === 'Status' ? argumentsOf(receiver!)[0]?.text : undefined;
}

function sentByPackage(call: SyntaxNode, pkg: string, member: string, args: SyntaxNode[]): Sent | undefined {
  const { httpError } = GO_RESPONSES;
  if (pkg === httpError.module && member === httpError.name) return args[httpError.body] ? { body: [args[httpError.body]!], status: args[httpError.status]?.text } : undefined;
  if (HTTP_ERRORS.has(member) && pkg.includes('echo')) return { body: args.slice(1), status: args[0]?.text };
  const [writer, ...rest] = args;
  const printer = PRINTERS.has(`${pkg}.${member}`) && writer?.type === 'identifier' && responseWriters(call).has(writer.text);
  return printer ? { body: rest, prints: true } : undefined;
}

function sentBy(call: SyntaxNode, imports: GoImports): Sent | undefined {
  const callee = call.childForFieldName('function');
  const args = argumentsOf(call);
  const resolved = packageMember(callee, imports);
  if (resolved) return sentByPackage(call, resolved.pkg, resolved.member, args);
  const name = callee?.childForFieldName('field')?.text ?? '';
  const receiver = callee?.childForFieldName('operand') ?? null;
  if (name === 'Write' && receiver?.type === 'identifier' && responseWriters(call).has(receiver.text)) return { body: args };
  const status = chainedStatus(receiver);
  if (BODY_ONLY.has(name) || (CONTEXT.has(name) && status !== undefined && args.length === 1)) return { body: args, status };
  if (CONTEXT.has(name) && args.length >= 2 && STATUS_LIKE.test(args[0]!.text)) return { body: args.slice(1), status: args[0]!.text, prints: name === 'String' };
  return undefined;
}

function check(call: SyntaxNode, imports: GoImports, options: NoErrorDetailsLeakOptions): Report | undefined {
  const sent = sentBy(call, imports);
  if (!sent || (sent.status !== undefined && !options.reportClientErrors && isClientErrorStatus(sent.status))) return undefined;
  const printed = sent.prints ? sent.body.find((arg) => isErrorName(arg)) : undefined;
  const detail = printed ? `the error \`${printed.text}\`` : sent.body.map(detailIn).find((found) => found !== undefined);
  const callee = call.childForFieldName('function') ?? call;
  return detail ? { at: spanOf(callee), data: { what: `\`${callee.text}()\``, detail } } : undefined;
}

/** Finds error details sent in responses in one Go file. */
export const measureGo: Measure<NoErrorDetailsLeakOptions> = (matches: readonly Match[], _file, options) => {
  const imports = goImports(matches);
  return matches.flatMap(({ finding }) => (finding ? check(finding, imports, options) ?? [] : []));
};
