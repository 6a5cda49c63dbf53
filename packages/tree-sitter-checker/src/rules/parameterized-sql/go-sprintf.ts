// fmt.Sprintf and fmt.Fprintf as SQL text: each verb takes the value of its argument; numbered
// placeholders ("$%d") and, with allowNonStringValues, number verbs cannot carry SQL.
import { combine, constant, interpolate, opaque, type SqlValue as Value } from '@plumbline/core/sql-value';
import type { SyntaxNode } from '../../check.js';

type SqlValue = Value<SyntaxNode>;
type Read = (node: SyntaxNode) => SqlValue;

// "$%d", "($%d, $%d)", ":%d", "@p%d": numbered placeholders and punctuation, whatever the numbers
const isPlaceholderFormat = (text: string): boolean => /%d/.test(text) && /^[\s,()]*$/.test(text.replace(/(\$|:|@p?)%d|\?/g, ''));
// "%s", "%[2]d", "%-10v", "%%": fmt's verbs
const VERBS = /%[-+# 0]*(\[(\d+)\])?(\*|\d+)?(\.(\*|\d+)?)?([a-zA-Z%])/g;
const NUMBER_VERB = /^[bdoxXeEfFgGt]$/;

/** The value of fmt.Sprintf(format, args…) (or fmt.Fprintf's after the writer). */
export function sprintfValue(node: SyntaxNode, args: readonly SyntaxNode[], read: Read, allowNonStringValues: boolean): SqlValue {
  const [format, ...rest] = args;
  const template = format ? read(format) : opaque;
  if (template.kind === 'opaque') return opaque;
  if (template.kind === 'constant' && isPlaceholderFormat(template.text)) return constant(template.text);
  if (template.kind === 'built' || rest.some((arg) => arg.type === 'variadic_argument')) {
    return combine([template, ...rest.map((arg) => (arg.type === 'variadic_argument' ? opaque : read(arg)))], 'fmt.Sprintf', node);
  }
  let position = 0;
  const valueFor = (verb: RegExpExecArray): SqlValue => {
    if (verb[6] === '%') return constant('%');
    const index = verb[2] === undefined ? position++ : Number(verb[2]) - 1;
    const arg = rest[index];
    // "$%d": numbering a placeholder; any %d with the option: a number cannot carry SQL
    if (verb[6] === 'd' && /(\$|:|@p)$/.test(template.text.slice(0, verb.index))) return constant();
    if (allowNonStringValues && NUMBER_VERB.test(verb[6] ?? '')) return constant();
    return arg ? read(arg) : opaque;
  };
  // a format whose text is unknown (a constant of another file) takes its arguments somewhere
  const left = (): SqlValue[] => rest.slice(position).map((arg) => read(arg));
  return interpolate(template.text, { verbs: VERBS, valueFor, rest: left }, 'fmt.Sprintf', node);
}
