// parameterized-sql's walk over a query's matches, the same for Python and Go: each captured
// name that is a sink's, the language reads the SQL argument's value, and built SQL is reported at
// the sink's name, with the building site as a related location when it is outside the call.
import { holesKind } from '@plumbline/core/sql-identifiers';
import { isSqlSink } from '@plumbline/core/sql-sinks';
import type { BuiltValue, SqlValue } from '@plumbline/core/sql-value';
import { type Match, type Report, spanOf, type SyntaxNode } from '../../check.js';
import { matchSink, type SinkMatch, sinkCallOf } from '../../util/sql-sinks.js';

/** A call that reaches a sink, with its arguments (comments left out). */
export interface SinkCall {
  readonly call: SyntaxNode;
  readonly match: SinkMatch;
  readonly args: readonly SyntaxNode[];
}

/** The report of built SQL reaching a sink: at the call, with the building site as a related location when it is outside the call. */
export function builtQueryReport(call: SyntaxNode, nameNode: SyntaxNode, match: SinkMatch, value: BuiltValue<SyntaxNode>, names: boolean): Report {
  const { site } = value;
  const inCall = site.startIndex >= call.startIndex && site.endIndex <= call.endIndex;
  const where = inCall ? '' : ` on line ${site.startPosition.row + 1}`;
  const related = inCall ? [] : [{ at: spanOf(site), message: `SQL built by ${value.how} here` }];
  const data = { sink: match.label, how: value.how, where };
  return { at: { start: nameNode.startPosition, end: call.endPosition }, data, related, ...(names ? { messageId: 'builtIdentifier' } : {}) };
}

/** What the walk over sink calls is told by the rule's options. */
export interface BuiltSqlOptions {
  readonly extraSinks: readonly string[];
  readonly reportIdentifiers: boolean;
}

/** Reports each sink call among the matches whose SQL, as `sqlValue` reads it, was built from non-constant parts. */
export function builtSqlReports(
  language: 'python' | 'go', matches: readonly Match[], options: BuiltSqlOptions, sqlValue: (sink: SinkCall) => SqlValue<SyntaxNode> | undefined,
): Report[] {
  const extra = options.extraSinks;
  const reports: Report[] = [];
  for (const { finding: name } of matches) {
    const found = name && sinkCallOf(language, name, extra);
    const match = found && matchSink(language, found.shape, extra);
    if (!found || !match) continue;
    const { call, shape } = found;
    const args = call.childForFieldName('arguments')?.namedChildren.filter((arg) => arg.type !== 'comment') ?? [];
    const report = builtSqlReport(call, shape.nameNode, match, sqlValue({ call, match, args }), options);
    if (report) reports.push(report);
  }
  return reports;
}

/** The report of SQL passed to a sink (or to a helper that runs it), if it was built from non-constant parts. */
export function builtSqlReport(call: SyntaxNode, nameNode: SyntaxNode, match: SinkMatch, value: SqlValue<SyntaxNode> | undefined, options: BuiltSqlOptions): Report | undefined {
  if (value?.kind !== 'built' || !isSqlSink(match, value.text)) return undefined;
  // a name (CREATE DATABASE %s) cannot be bound: reported only on request
  const holes = holesKind(value.text);
  if (holes === 'statement' || (holes === 'name' && !options.reportIdentifiers)) return undefined;
  return builtQueryReport(call, nameNode, match, value, holes === 'name');
}
