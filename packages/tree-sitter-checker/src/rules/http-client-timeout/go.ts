// http-client-timeout for Go: `http.Get` and friends, `http.DefaultClient` calls, and
// `http.Client{}` literals without a Timeout.
import { GO_HTTP } from '@plumbline/core/http/clients';
import { type Match, type Measure, type Report, spanOf, type SyntaxNode } from '../../check.js';
import { type GoImports, goImports, packageMember } from '../../util/go-imports.js';
import { clientLiteralProblem } from './go-client.js';
import { hasDeadlineContext } from './go-context.js';

const FUNCTIONS = new Set<string>(GO_HTTP.defaultClientFunctions);
const METHODS = new Set<string>(GO_HTTP.clientMethods);
const NAMES = new Set<string>([...FUNCTIONS, ...METHODS]);
const FIX = 'send with an `http.Client` that sets `Timeout`, or build the request with `http.NewRequestWithContext` and a context with a deadline';

function report(node: SyntaxNode, what: string, problem: string, fix = FIX): Report {
  return { at: spanOf(node), data: { what: `\`${what}\``, problem, fix } };
}

// http.Get(url), http.DefaultClient.Do(req)
function checkCall(name: SyntaxNode, imports: GoImports): Report | undefined {
  const callee = name.parent;
  const call = callee?.parent;
  if (callee?.type !== 'selector_expression' || call?.type !== 'call_expression') return undefined;
  const member = packageMember(callee, imports);
  if (member?.pkg !== GO_HTTP.module) return undefined;
  const local = callee.text.slice(0, callee.text.indexOf('.'));
  if (FUNCTIONS.has(member.member)) {
    return report(callee, `${local}.${member.member}()`, 'sends with `http.DefaultClient`, which has no timeout, so it waits forever on a server that stops answering');
  }
  const [client, method] = member.member.split('.');
  if (client !== GO_HTTP.defaultClient || !METHODS.has(method ?? '')) return undefined;
  if (method === 'Do' && hasDeadlineContext(call, imports)) return undefined;
  return report(callee, `${callee.text}()`, 'uses a client with no timeout, so it waits forever on a server that stops answering');
}

function checkLiteral(literal: SyntaxNode, imports: GoImports): Report | undefined {
  const type = literal.childForFieldName('type');
  const pkg = imports.get(type?.childForFieldName('package')?.text ?? '');
  if (pkg !== GO_HTTP.module) return undefined;
  const problem = clientLiteralProblem(literal, imports);
  if (!problem) return undefined;
  return report(type ?? literal, `${type?.text ?? 'http.Client'}{}`, problem, 'set `Timeout` (or give it a Transport with `ResponseHeaderTimeout`)');
}

/** Finds Go HTTP requests and clients without a timeout. */
export const measureGo: Measure<object> = (matches: readonly Match[]) => {
  const imports = goImports(matches);
  if (![...imports.values()].includes(GO_HTTP.module)) return [];
  const reports: Report[] = [];
  for (const { finding } of matches) {
    if (!finding) continue;
    const result = finding.type === 'composite_literal' ? checkLiteral(finding, imports) : NAMES.has(finding.text) ? checkCall(finding, imports) : undefined;
    if (result) reports.push(result);
  }
  return reports;
};
