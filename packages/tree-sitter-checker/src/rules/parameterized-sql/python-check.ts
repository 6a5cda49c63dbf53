// parameterized-sql for Python: DB-API, SQLAlchemy, Django, asyncpg, pandas sinks.
import { pushAll } from '@plumbline/core/limits';
import type { ParameterizedSqlOptions } from '@plumbline/core/rules/parameterized-sql';
import { combine, type SqlValue } from '@plumbline/core/sql-value';
import type { Measure, SyntaxNode } from '../../check.js';
import { PythonValues } from './python-value.js';
import { buildSiteReports } from './python-build-sites.js';
import { helperCallReports, helperOf, type SqlHelper } from './python-helpers.js';
import { builtSqlReports } from './report.js';

const SQL_KEYWORDS = ['sql', 'query', 'operation', 'statement', 'stmt'];

function keywordValue(args: readonly SyntaxNode[], names: readonly string[]): SyntaxNode[] {
  return args.filter((arg) => arg.type === 'keyword_argument' && names.includes(arg.childForFieldName('name')?.text ?? ''))
    .flatMap((arg) => arg.childForFieldName('value') ?? []);
}

// Django .extra(where=[…], select={…}): every string in the lists and dicts
function keywordSql(values: PythonValues, nodes: readonly SyntaxNode[], at: SyntaxNode): SqlValue<SyntaxNode> {
  const parts = nodes.map((node) => (node.type === 'dictionary'
    ? combine(node.namedChildren.map((pair) => values.valueOf(pair.childForFieldName('value') ?? pair)), 'format()', node)
    : values.listValue(node)));
  return combine(parts, 'concatenation', at);
}

/** Finds SQL built from non-constant parts reaching a Python sink, or a helper of the file that runs it. */
export const measurePython: Measure<ParameterizedSqlOptions> = (matches, _file, options) => {
  const values = new PythonValues(options.allowNonStringValues);
  const consumed = new Set<number>();
  const sinkCalls = new Set<number>();
  const helpers: SqlHelper[] = [];
  // every value a sink or helper call reads: its build site is not reported again
  const read = (node: SyntaxNode): SqlValue<SyntaxNode> => {
    const value = values.wholeValueOf(node);
    if (value.kind === 'built') consumed.add(value.site.id);
    return value;
  };
  const reports = builtSqlReports('python', matches, options, ({ call, match, args }) => {
    sinkCalls.add(call.id);
    const positional = args.filter((arg) => arg.type !== 'keyword_argument');
    const { keywords } = match.sink;
    const sqlNode = positional[match.sink.argument] ?? keywordValue(args, SQL_KEYWORDS)[0];
    const helper = sqlNode && !keywords ? helperOf(sqlNode, match, (scope, name) => values.isAssigned(scope, name)) : undefined;
    if (helper) helpers.push(helper);
    return keywords ? keywordSql(values, keywordValue(args, keywords), call) : sqlNode && read(sqlNode);
  });
  pushAll(reports, helperCallReports(matches, { helpers, sinkCalls, reportIdentifiers: options.reportIdentifiers, read }));
  const root = matches[0]?.finding?.tree.rootNode;
  if (options.reportBuildSites && root) pushAll(reports, buildSiteReports(root, (node) => values.valueOf(node), consumed, sinkCalls));
  return reports;
};
