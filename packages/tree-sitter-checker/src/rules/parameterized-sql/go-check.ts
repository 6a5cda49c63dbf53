// parameterized-sql for Go: database/sql, sqlx, pgx and GORM sinks.
import type { ParameterizedSqlOptions } from '@plumbline/core/rules/parameterized-sql';
import type { Measure } from '../../check.js';
import { GoValues } from './go-value.js';
import { builtSqlReports } from './report.js';

// db.QueryContext(ctx, …), conn.Query(ctx, …) (pgx): the SQL comes after the context
const CONTEXT = /^(ctx|\w*Ctx|c|context\.\w+\(\)|\w+\.Context\(\)|\w+\.Request\.Context\(\))$/;

/** Finds SQL built from non-constant parts reaching a Go sink. */
export const measureGo: Measure<ParameterizedSqlOptions> = (matches, _file, options) => {
  let values: GoValues | undefined;
  return builtSqlReports('go', matches, options, ({ call, match, args }) => {
    const offset = args.length > 1 && CONTEXT.test(args[0]?.text ?? '') ? 1 : 0;
    const sqlNode = args[match.sink.argument + offset];
    values ??= new GoValues(options.allowNonStringValues, call.tree.rootNode);
    return sqlNode && values.valueOf(sqlNode);
  });
};
