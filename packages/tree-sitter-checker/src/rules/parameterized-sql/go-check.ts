// parameterized-sql for Go: database/sql, sqlx, pgx and GORM sinks, and the helpers of the file
// that pass their parameter to one; with reportBuildSites, SQL built where no sink is seen.
import type { ParameterizedSqlOptions } from '@plumbline/core/rules/parameterized-sql';
import type { SqlValue } from '@plumbline/core/sql-value';
import type { Measure, Report, SyntaxNode } from '../../check.js';
import { buildSiteReports } from './go-build-sites.js';
import { GoHelpers } from './go-helpers.js';
import { GoValues } from './go-value.js';
import { builtSqlReports, type SinkCall } from './report.js';

// db.QueryContext(ctx, …), conn.Query(ctx, …) (pgx): the SQL comes after the context
const CONTEXT = /^(\w*ctx\w*|\w*Ctx\w*|c|context\.\w+\(\)|\w+\.Context\(\)|\w+\.Request\.Context\(\))$/;
// GORM's db.Select("…", args) takes SQL first, where sqlx's db.Select(&dest, "…") takes a destination
const GORM_SELECT = new Set(['interpreted_string_literal', 'raw_string_literal', 'binary_expression', 'call_expression']);
// a file that says none of these runs no SQL of its own
const SQL_WORDS = /select|insert|update|delete|where/i;

function sqlArgument({ call, match, args }: SinkCall): SyntaxNode | undefined {
  const offset = args.length > 1 && CONTEXT.test(args[0]?.text ?? '') ? 1 : 0;
  const callee = call.childForFieldName('function');
  if (callee?.childForFieldName('field')?.text === 'Select' && GORM_SELECT.has(args[0]?.type ?? '')) return args[0];
  // sqlx.Select(db, &dest, "…"), sqlx.NamedExec(db, "…", arg): the package's functions take the handle first
  const handle = callee?.childForFieldName('operand')?.text === 'sqlx' ? 1 : 0;
  return args[match.sink.argument + offset + handle];
}

/** Finds SQL built from non-constant parts reaching a Go sink, directly or through a helper of the file. */
export const measureGo: Measure<ParameterizedSqlOptions> = (matches, file, options) => {
  const root = matches[0]?.finding?.tree.rootNode;
  if (!root) return [];
  const values = new GoValues(options.allowNonStringValues, root);
  const helpers = new GoHelpers();
  const calls = new Set<number>();
  const sites = new Set<number>();
  const texts: string[] = [];
  const note = (call: SyntaxNode, value: SqlValue<SyntaxNode> | undefined): SqlValue<SyntaxNode> | undefined => {
    calls.add(call.id);
    if (value?.kind === 'built') sites.add(value.site.id);
    return value;
  };
  const reports = builtSqlReports('go', matches, options, (sink) => {
    const sqlNode = sqlArgument(sink);
    if (sqlNode) helpers.noteSink(sqlNode, sink.match);
    if (sqlNode) texts.push(sqlNode.text);
    return note(sink.call, sqlNode && values.valueOf(sqlNode));
  });
  // a helper named like a sink (`r.Exec(q)`) is reported once, as the sink
  const reported = new Set(reports.map((report: Report) => `${report.at.start.row}:${report.at.start.column}`));
  const viaHelpers = helpers.reports(matches, values, options, note).filter((report) => !reported.has(`${report.at.start.row}:${report.at.start.column}`));
  if (!options.reportBuildSites || !SQL_WORDS.test(file.text)) return [...reports, ...viaHelpers];
  const consumed = { sites, functions: new Set(values.functions.followed), texts };
  return [...reports, ...viaHelpers, ...buildSiteReports(root, values, calls, consumed)];
};
