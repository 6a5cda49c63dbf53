// parameterized-sql for Go: database/sql, sqlx, pgx and GORM sinks.
import type { ParameterizedSqlOptions } from '@plumbline/core/rules/parameterized-sql';
import { type Measure, type Report, spanOf, type SyntaxNode } from '../../check.js';
import { GoValues } from './go-value.js';
import { type CallShape, isSinkName, isSqlSink, matchSink, receiverNames } from './sinks.js';

// db.QueryContext(ctx, …), conn.Query(ctx, …) (pgx): the SQL comes after the context
const CONTEXT = /^(ctx|\w*Ctx|c|context\.\w+\(\)|\w+\.Context\(\)|\w+\.Request\.Context\(\))$/;

// Most calls are not sinks: their name alone rules them out before the receiver is read.
function shapeOf(call: SyntaxNode, extra: readonly string[]): CallShape | undefined {
  const callee = call.childForFieldName('function');
  const isBare = callee?.type === 'identifier';
  const nameNode = isBare ? callee : callee?.childForFieldName('field');
  const name = nameNode?.text;
  if (!callee || !nameNode || name === undefined || !isSinkName('go', name, extra)) return undefined;
  return { name, nameNode, receivers: isBare ? [] : receiverNames(callee.childForFieldName('operand'), 'go') };
}

/** Finds SQL built from non-constant parts reaching a Go sink. */
export const measureGo: Measure<ParameterizedSqlOptions> = (matches, _file, options) => {
  const reports: Report[] = [];
  let values: GoValues | undefined;
  for (const { finding: call } of matches) {
    const shape = call && shapeOf(call, options.extraSinks);
    const match = shape && matchSink('go', shape, options.extraSinks);
    if (!call || !shape || !match) continue;
    const args = call.childForFieldName('arguments')?.namedChildren.filter((arg) => arg.type !== 'comment') ?? [];
    const offset = args.length > 1 && CONTEXT.test(args[0]?.text ?? '') ? 1 : 0;
    const sqlNode = args[match.sink.argument + offset];
    values ??= new GoValues(options.allowNonStringValues, call.tree.rootNode);
    const value = sqlNode && values.valueOf(sqlNode);
    if (value?.kind !== 'built' || !isSqlSink(match, value)) continue;
    const { site } = value;
    const inCall = site.startIndex >= call.startIndex && site.endIndex <= call.endIndex;
    const where = inCall ? '' : ` on line ${site.startPosition.row + 1}`;
    const related = inCall ? [] : [{ at: spanOf(site), message: `SQL built by ${value.how} here` }];
    reports.push({ at: { start: shape.nameNode.startPosition, end: call.endPosition }, data: { sink: match.label, how: value.how, where }, related });
  }
  return reports;
};
