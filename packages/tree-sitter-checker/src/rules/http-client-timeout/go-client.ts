// Whether an `http.Client{…}` literal bounds its requests: a Timeout field, a Timeout set on
// the variable later in the function, or a Transport that bounds the wait for the answer.
// A Transport the check cannot read (a parameter, a call, a field) is trusted.
import { GO_HTTP } from '@plumbline/core/http/clients';
import type { SyntaxNode } from '../../check.js';
import type { GoImports } from '../../util/go-imports.js';
import { enclosingFunction, targetOf, writesTo } from './go-writes.js';

/** The keyed fields of a composite literal, by key: `Timeout: 5 * time.Second` → Timeout. */
function fieldsOf(literal: SyntaxNode): Map<string, SyntaxNode> {
  const fields = new Map<string, SyntaxNode>();
  for (const element of literal.childForFieldName('body')?.namedChildren ?? []) {
    if (element.type !== 'keyed_element') continue;
    const key = element.childForFieldName('key')?.text;
    const value = element.childForFieldName('value')?.namedChild(0);
    if (key && value) fields.set(key, value);
  }
  return fields;
}

const isHttpType = (literal: SyntaxNode, name: string, imports: GoImports): boolean => {
  const type = literal.childForFieldName('type');
  return type?.childForFieldName('name')?.text === name && imports.get(type.childForFieldName('package')?.text ?? '') === GO_HTTP.module;
};

// &http.Transport{…} inline, or through a variable written once in the function
function transportLiteral(value: SyntaxNode, imports: GoImports, follow = true): SyntaxNode | undefined {
  const inner = value.type === 'unary_expression' ? value.childForFieldName('operand') : value;
  if (inner?.type === 'composite_literal') return isHttpType(inner, 'Transport', imports) ? inner : undefined;
  if (inner?.type !== 'identifier' || !follow) return undefined;
  const writes = writesTo(enclosingFunction(value), inner.text);
  const written = writes.length === 1 ? writes[0]?.value : undefined;
  return written && transportLiteral(written, imports, false);
}

// c := &http.Client{}; c.Timeout = 10 * time.Second
function setLater(literal: SyntaxNode, field: string): boolean {
  const target = targetOf(literal);
  return target !== undefined && writesTo(enclosingFunction(literal), `${target.text}.${field}`).length > 0;
}

const TIMEOUTS = new Set<string>(GO_HTTP.transportTimeouts);

/** What is wrong with a client literal's timeouts, or undefined when its requests are bounded (or may be). */
export function clientLiteralProblem(literal: SyntaxNode, imports: GoImports): string | undefined {
  const fields = fieldsOf(literal);
  if (fields.has(GO_HTTP.timeoutField) || setLater(literal, GO_HTTP.timeoutField)) return undefined;
  const transport = fields.get('Transport');
  if (!transport) return 'sets no `Timeout`, so its requests wait forever on a server that stops answering';
  const readable = transportLiteral(transport, imports);
  if (!readable || [...fieldsOf(readable).keys()].some((key) => TIMEOUTS.has(key)) || [...TIMEOUTS].some((key) => setLater(readable, key))) return undefined;
  return 'sets no `Timeout` and its Transport no `ResponseHeaderTimeout`, so its requests wait forever on a server that stops answering';
}
