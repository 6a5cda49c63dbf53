// parameterized-sql for Python: DB-API, SQLAlchemy, Django, asyncpg, pandas sinks.
import type { ParameterizedSqlOptions } from '@plumbline/core/rules/parameterized-sql';
import { combine, type SqlValue } from '@plumbline/core/sql-value';
import type { Measure, SyntaxNode } from '../../check.js';
import { PythonValues } from './python-value.js';
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

/** Finds SQL built from non-constant parts reaching a Python sink. */
export const measurePython: Measure<ParameterizedSqlOptions> = (matches, _file, options) => {
  const values = new PythonValues(options.allowNonStringValues);
  return builtSqlReports('python', matches, options, ({ call, match, args }) => {
    const positional = args.filter((arg) => arg.type !== 'keyword_argument');
    const { keywords } = match.sink;
    const sqlNode = positional[match.sink.argument] ?? keywordValue(args, SQL_KEYWORDS)[0];
    return keywords ? keywordSql(values, keywordValue(args, keywords), call) : sqlNode && values.valueOf(sqlNode);
  });
};
