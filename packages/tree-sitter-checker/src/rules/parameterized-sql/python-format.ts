// Python's two formatting operators as SQL text, each value placed where its verb stands:
// `"… %s" % (a, b)` / `% {"k": v}` and `"… {} {name}".format(a, name=b)`.
import { combine, constant, interpolate, opaque, type SqlValue as Value } from '@plumbline/core/sql-value';
import type { SyntaxNode } from '../../check.js';

type SqlValue = Value<SyntaxNode>;
type Read = (node: SyntaxNode) => SqlValue;

// "%s", "%(name)s", "%d", "%%": printf-style verbs; `%d` and its kin raise on a string, so print only numbers
const PERCENT_VERBS = /%(\(([^)]*)\))?[-#0 +]*(\*|\d+)?(\.(\*|\d+))?([a-zA-Z%])/g;
const NUMBER_VERB = /^[diouxXeEfFgGc]$/;
// "{}", "{0}", "{name.attr}", "{x:d}"; "{{" and "}}" are literal braces
const FORMAT_FIELDS = /\{\{|\}\}|\{([^{}!:]*)(![rsa])?(:[^{}]*)?\}/g;
/** A format spec (`:d`, `:.2f`) that only numbers take: a string raises. */
export const NUMBER_SPEC = /[bcdoxXneEfFgG%]$/;

// {"name": v} and f(name=v): values by key
function keyedValues(node: SyntaxNode): Map<string, SyntaxNode> {
  const values = new Map<string, SyntaxNode>();
  for (const child of node.namedChildren) {
    const key = child.childForFieldName(child.type === 'pair' ? 'key' : 'name');
    const value = child.childForFieldName('value');
    if (key && value) values.set(key.type === 'string' ? key.text.slice(1, -1) : key.text, value);
  }
  return values;
}

/** `format % right`, with `format` already read. */
export function percentValue(format: SqlValue, right: SyntaxNode, read: Read, node: SyntaxNode): SqlValue {
  if (format.kind === 'opaque') return opaque;
  const values = right.type === 'tuple' ? right.namedChildren.filter((part) => part.type !== 'comment') : right.type === 'dictionary' ? [] : [right];
  if (format.kind === 'built') return combine([format, ...values.map(read)], '% formatting', node);
  const keyed = right.type === 'dictionary' ? keyedValues(right) : new Map<string, SyntaxNode>();
  let position = 0;
  const valueFor = (match: RegExpExecArray): SqlValue => {
    if (match[6] === '%') return constant('%');
    const value = match[2] === undefined ? values[position++] : keyed.get(match[2]);
    if (NUMBER_VERB.test(match[6] ?? '')) return constant();
    return value ? read(value) : opaque;
  };
  const rest = (): SqlValue[] => values.slice(position).map(read);
  return interpolate(format.text, { verbs: PERCENT_VERBS, valueFor, rest }, '% formatting', node);
}

/** `template.format(args)`, with `template` already read. */
export function formatMethodValue(template: SqlValue, argumentList: SyntaxNode | null, read: Read, node: SyntaxNode): SqlValue {
  const args = argumentList?.namedChildren ?? [];
  if (template.kind === 'opaque') return opaque;
  if (args.some((arg) => arg.type.endsWith('splat'))) return combine([template, opaque], 'format()', node);
  if (template.kind === 'built') return combine([template, ...args.map((arg) => read(arg.childForFieldName('value') ?? arg))], 'format()', node);
  const positional = args.filter((arg) => arg.type !== 'keyword_argument');
  const keyed = argumentList ? keyedValues(argumentList) : new Map<string, SyntaxNode>();
  let position = 0;
  const valueFor = (match: RegExpExecArray): SqlValue => {
    if (match[0] === '{{' || match[0] === '}}') return constant(match[0][0]);
    const field = (match[1] ?? '').split(/[.[]/)[0] ?? '';
    const value = field === '' ? positional[position++] : /^\d+$/.test(field) ? positional[Number(field)] : keyed.get(field);
    if (NUMBER_SPEC.test(match[3] ?? '')) return constant();
    return value ? read(value) : opaque;
  };
  const rest = (): SqlValue[] => positional.slice(position).map(read);
  return interpolate(template.text, { verbs: FORMAT_FIELDS, valueFor, rest }, 'format()', node);
}

const ARITHMETIC = new Set(['-', '*', '/', '//', '**', '<<', '>>', '&', '|', '^']);

/** `a + b`, `"%s" % a`, `"?" * n` and arithmetic as SQL text. */
export function binaryValue(node: SyntaxNode, read: Read, allowNonStringValues: boolean): SqlValue {
  const operator = node.childForFieldName('operator')?.text ?? '';
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return opaque;
  // a + 1 is a number (a string would raise); "a" + b is text
  if (operator === '+') {
    if (allowNonStringValues && [left.type, right.type].some((type) => type === 'integer' || type === 'float')) return constant();
    return combine([read(left), read(right)], 'concatenation', node);
  }
  const format = read(left);
  // "?" * n: a constant repeated; n - 1, n * size: arithmetic gives a number
  if (operator === '*' && format.kind === 'constant') return format;
  if (ARITHMETIC.has(operator)) return allowNonStringValues ? constant() : opaque;
  return operator === '%' ? percentValue(format, right, read, node) : opaque;
}

/** A string literal or f-string: its text, each `{value}` read where it stands (`{n:d}` prints a number). */
export function fStringValue(node: SyntaxNode, read: Read): SqlValue {
  const parts = node.namedChildren.flatMap((part): SqlValue[] => {
    if (part.type === 'interpolation') {
      const expression = part.childForFieldName('expression');
      const spec = part.namedChildren.find((child) => child.type === 'format_specifier')?.text ?? '';
      return [NUMBER_SPEC.test(spec) ? constant() : expression ? read(expression) : opaque];
    }
    return part.type === 'string_content' || part.type === 'escape_sequence' ? [constant(part.text)] : [];
  });
  return combine(parts, 'an f-string', node);
}
