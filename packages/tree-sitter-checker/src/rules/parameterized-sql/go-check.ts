// parameterized-sql for Go: database/sql, sqlx, pgx and GORM sinks.
import type { ParameterizedSqlOptions } from '@plumbline/core/rules/parameterized-sql';
import { isSqlSink } from '@plumbline/core/sql-sinks';
import type { Measure, Report } from '../../check.js';
import { matchSink, sinkCallOf } from '../../util/sql-sinks.js';
import { GoValues } from './go-value.js';
import { builtQueryReport } from './report.js';

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
    if (value?.kind !== 'built' || !isSqlSink(match, value.text)) continue;
    reports.push(builtQueryReport(call, shape.nameNode, match, value));
  }
  return reports;
};
