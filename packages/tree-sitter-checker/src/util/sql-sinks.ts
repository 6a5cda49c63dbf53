// Matching a call to the shared SQL sink catalog, for Python and Go: parameterized-sql checks
// what reaches a sink, no-query-in-loop counts the sinks that run per loop item.
import { extraSinks, SQL_SINKS, sinkLabel, sinksNamed, type SqlLanguage, type SqlSink } from '@plumbline/core/sql-sinks';
import type { SyntaxNode } from '../check.js';

/** A call as the catalog sees it: its name and the names along its receiver (`self.conn.cursor()` → self, conn, cursor). */
export interface CallShape {
  readonly name: string;
  readonly nameNode: SyntaxNode;
  readonly receivers: readonly string[];
}

/** A call matched to a sink, with the argument that carries SQL. */
export interface SinkMatch {
  readonly sink: SqlSink;
  readonly label: string;
  readonly knownHandle: boolean;
}

// Member names along a receiver: `a.b(x).c` → a, b, c.
const MEMBER = { python: ['attribute', 'object', 'attribute'], go: ['selector_expression', 'operand', 'field'] } as const;
const CALL = { python: 'call', go: 'call_expression' } as const;

/** The names along a receiver expression, outermost first. */
export function receiverNames(node: SyntaxNode | null, language: 'python' | 'go'): string[] {
  const [memberType, objectField, nameField] = MEMBER[language];
  const names: string[] = [];
  let current = node;
  for (let steps = 0; current && steps < 20; steps++) {
    if (current.type === memberType) {
      names.unshift(current.childForFieldName(nameField)?.text ?? '');
      current = current.childForFieldName(objectField);
    } else if (current.type === CALL[language]) current = current.childForFieldName('function');
    else if (current.type === 'parenthesized_expression' || current.type === 'subscript') current = current.namedChild(0);
    else break;
  }
  if (current?.type === 'identifier') names.unshift(current.text);
  return names;
}

const sinkNames = new Map<SqlLanguage, ReadonlySet<string>>();

/** Whether a sink of the catalog or of the configured extras has this name: a cheap test before reading receivers. */
export function isSinkName(language: SqlLanguage, name: string, extra: readonly string[]): boolean {
  let names = sinkNames.get(language);
  if (!names) {
    names = new Set(SQL_SINKS[language].sinks.flatMap((sink) => sink.names));
    sinkNames.set(language, names);
  }
  return names.has(name) || extra.some((entry) => entry.slice(entry.lastIndexOf('.') + 1) === name);
}

// how each grammar spells a call and the receiver of a method call
const CALL_SYNTAX = { python: { call: 'call', receiver: 'object' }, go: { call: 'call_expression', receiver: 'operand' } } as const;

/** The call around a captured called name and its shape, when the name is a sink's: most are not, and are ruled out before the call is read. */
export function sinkCallOf(language: 'python' | 'go', nameNode: SyntaxNode, extra: readonly string[]): { call: SyntaxNode; shape: CallShape } | undefined {
  const name = nameNode.text;
  if (!isSinkName(language, name, extra)) return undefined;
  const syntax = CALL_SYNTAX[language];
  const callee = nameNode.parent; // the call itself for `f(…)`, the attribute or selector for `db.query(…)`
  const isBare = callee?.type === syntax.call;
  const call = isBare ? callee : callee?.parent;
  if (!callee || !call) return undefined;
  return { call, shape: { name, nameNode, receivers: isBare ? [] : receiverNames(callee.childForFieldName(syntax.receiver), language) } };
}

/** The sink a call reaches, if any: catalog first, then configured extras. */
export function matchSink(language: SqlLanguage, shape: CallShape, extra: readonly string[]): SinkMatch | undefined {
  const root = shape.receivers[0] ?? '';
  const dotted = `.${shape.receivers.join('.')}`;
  // `db.run_sql` configured matches self.db.run_sql and db.run_sql
  const onReceiver = (sink: SqlSink): boolean => !sink.receivers || sink.receivers.some((receiver) => dotted.endsWith(`.${receiver}`));
  const candidates = [...sinksNamed(language, shape.name, root), ...extraSinks(extra).filter((sink) => sink.names.includes(shape.name) && onReceiver(sink))];
  const sink = candidates.find((candidate) => candidate.strong) ?? candidates[0];
  if (!sink) return undefined;
  const knownHandle = shape.receivers.some((name) => SQL_SINKS[language].handleNames.test(name));
  return { sink, label: sinkLabel(shape.receivers.filter((name) => name !== 'self'), shape.name), knownHandle };
}
