// Go helpers that run SQL they are given: `func run(db *sql.DB, q string) { db.Exec(q) }`. SQL
// built by the caller and passed to such a helper of the same file is reported at the call.
import type { SqlValue } from '@plumbline/core/sql-value';
import type { Match, Report, SyntaxNode } from '../../check.js';
import type { SinkMatch } from '../../util/sql-sinks.js';
import { type BuiltSqlOptions, builtSqlReport } from './report.js';
import { parameterList, scopeOf } from './go-scope.js';
import type { GoValues } from './go-value.js';

const DECLARATIONS = new Set(['function_declaration', 'method_declaration']);

interface Helper {
  readonly index: number;
  readonly match: SinkMatch;
}

/** The functions of one file whose parameter is the SQL of a sink they call. */
export class GoHelpers {
  private readonly helpers = new Map<number, Helper>();

  /** Notes a sink's SQL argument: a parameter of the function around it makes that function a helper. */
  noteSink(sql: SyntaxNode, match: SinkMatch): void {
    if (sql.type !== 'identifier') return;
    const scope = scopeOf(sql);
    const index = DECLARATIONS.has(scope.type) ? parameterList(scope).indexOf(sql.text) : -1;
    const line = sql.startPosition.row + 1;
    if (index >= 0 && !this.helpers.has(scope.id)) this.helpers.set(scope.id, { index, match: { ...match, label: `${match.label} on line ${line}` } });
  }

  /** Reports the calls of helpers that pass them SQL built from non-constant parts. */
  reports(matches: readonly Match[], values: GoValues, options: BuiltSqlOptions, note: (call: SyntaxNode, value: SqlValue<SyntaxNode>) => void): Report[] {
    if (this.helpers.size === 0) return [];
    return matches.flatMap(({ finding: name }) => {
      const callee = name?.parent;
      const call = callee?.type === 'call_expression' ? callee : callee?.parent;
      if (!name || !callee || call?.type !== 'call_expression') return [];
      const helper = values.functions.calleesOf(call).map((declaration) => this.helpers.get(declaration.id)).find((found) => found !== undefined);
      const arg = helper && call.childForFieldName('arguments')?.namedChildren.filter((node) => node.type !== 'comment')[helper.index];
      if (!helper || !arg || arg.type === 'variadic_argument') return [];
      const label = callee.type === 'call_expression' ? name.text : callee.text;
      const match = { ...helper.match, label: `${label.length > 40 ? name.text : label} (which passes it to ${helper.match.label})` };
      const value = values.valueOf(arg);
      note(call, value);
      return builtSqlReport(call, name, match, value, options) ?? [];
    });
  }
}
