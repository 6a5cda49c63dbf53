// parameterized-sql for Go: database/sql, sqlx, pgx and GORM sinks.
import type { ParameterizedSqlOptions } from '@plumbline/core/rules/parameterized-sql';
import { type Measure, type Report, spanOf } from '../../check.js';
import { GoValues } from './go-value.js';
import { isSqlSink, matchSink, sinkCallOf } from './sinks.js';

// db.QueryContext(ctx, …), conn.Query(ctx, …) (pgx): the SQL comes after the context
const CONTEXT = /^(ctx|\w*Ctx|c|context\.\w+\(\)|\w+\.Context\(\)|\w+\.Request\.Context\(\))$/;

/** Finds SQL built from non-constant parts reaching a Go sink. */
export const measureGo: Measure<ParameterizedSqlOptions> = (matches, _file, options) => {
  const reports: Report[] = [];
  let values: GoValues | undefined;
  for (const { finding: name } of matches) {
    const found = name && sinkCallOf('go', name, options.extraSinks);
    const match = found && matchSink('go', found.shape, options.extraSinks);
    if (!found || !match) continue;
    const { call, shape } = found;
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
