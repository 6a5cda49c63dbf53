// parameterized-sql for Go: database/sql, sqlx, pgx and GORM sinks, and the helpers of the file
// that pass their parameter to one.
import type { ParameterizedSqlOptions } from '@plumbline/core/rules/parameterized-sql';
import type { Measure, Report, SyntaxNode } from '../../check.js';
import { GoHelpers } from './go-helpers.js';
import { GoValues } from './go-value.js';
import { builtSqlReports, type SinkCall } from './report.js';

// db.QueryContext(ctx, …), conn.Query(ctx, …) (pgx): the SQL comes after the context
const CONTEXT = /^(ctx|\w*Ctx|c|context\.\w+\(\)|\w+\.Context\(\)|\w+\.Request\.Context\(\))$/;

// GORM's db.Select("…", args) takes SQL first, where sqlx's db.Select(&dest, "…") takes a destination
const GORM_SELECT = new Set(['interpreted_string_literal', 'raw_string_literal', 'binary_expression', 'call_expression']);

function sqlArgument({ call, match, args }: SinkCall): SyntaxNode | undefined {
  const offset = args.length > 1 && CONTEXT.test(args[0]?.text ?? '') ? 1 : 0;
  const callee = call.childForFieldName('function');
  if (callee?.childForFieldName('field')?.text === 'Select' && GORM_SELECT.has(args[0]?.type ?? '')) return args[0];
  // sqlx.Select(db, &dest, "…"), sqlx.NamedExec(db, "…", arg): the package's functions take the handle first
  const handle = callee?.childForFieldName('operand')?.text === 'sqlx' ? 1 : 0;
  return args[match.sink.argument + offset + handle];
}

/** Finds SQL built from non-constant parts reaching a Go sink, directly or through a helper of the file. */
export const measureGo: Measure<ParameterizedSqlOptions> = (matches, _file, options) => {
  let values: GoValues | undefined;
  const helpers = new GoHelpers();
  const reports = builtSqlReports('go', matches, options, (sink) => {
    const sqlNode = sqlArgument(sink);
    values ??= new GoValues(options.allowNonStringValues, sink.call.tree.rootNode);
    if (sqlNode) helpers.noteSink(sqlNode, sink.match);
    return sqlNode && values.valueOf(sqlNode);
  });
  if (!values) return reports;
  // a helper named like a sink (`r.Exec(q)`) is reported once, as the sink
  const reported = new Set(reports.map((report: Report) => `${report.at.start.row}:${report.at.start.column}`));
  const viaHelpers = helpers.reports(matches, values, options).filter((report) => !reported.has(`${report.at.start.row}:${report.at.start.column}`));
  return [...reports, ...viaHelpers];
};
