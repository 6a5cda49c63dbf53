// Helpers of the same file that run the SQL they are given (`def run(cursor, sql): cursor.execute(sql)`):
// a call that passes them built SQL (`run(cursor, f"… {uid}")`) is reported where it passes it, naming the helper.
import { holesKind } from '@plumbline/core/sql-identifiers';
import { isSqlSink } from '@plumbline/core/sql-sinks';
import type { SqlValue } from '@plumbline/core/sql-value';
import type { Match, Report, SyntaxNode } from '../../check.js';
import type { SinkMatch } from '../../util/sql-sinks.js';
import { classOf } from './python-fields.js';
import { calledFunction } from './python-returns.js';
import { scopeOf } from './python-scope.js';
import { builtQueryReport } from './report.js';

/** A function whose parameter reaches a sink's SQL argument. */
export interface SqlHelper {
  readonly definition: SyntaxNode;
  /** The parameter's position among the arguments a caller passes (after `self`). */
  readonly position: number;
  readonly parameter: string;
  readonly match: SinkMatch;
}

const PARAMETERS = new Set(['identifier', 'typed_parameter', 'default_parameter', 'typed_default_parameter']);

function parameterList(definition: SyntaxNode): string[] {
  return (definition.childForFieldName('parameters')?.namedChildren ?? []).filter((node) => PARAMETERS.has(node.type))
    .map((node) => (node.type === 'identifier' ? node : node.childForFieldName('name') ?? node.namedChildren[0])?.text ?? '');
}

/** The helper a sink's SQL argument makes of the function around it, when the argument is one of its parameters, never reassigned. */
export function helperOf(sqlNode: SyntaxNode, match: SinkMatch, assigned: (scope: SyntaxNode, name: string) => boolean): SqlHelper | undefined {
  const definition = scopeOf(sqlNode);
  if (sqlNode.type !== 'identifier' || definition.type !== 'function_definition') return undefined;
  const parameters = parameterList(definition);
  const index = parameters.indexOf(sqlNode.text);
  if (index < 0 || assigned(definition, sqlNode.text)) return undefined;
  const method = classOf(definition) !== undefined && (parameters[0] === 'self' || parameters[0] === 'cls');
  return method && index === 0 ? undefined : { definition, position: method ? index - 1 : index, parameter: sqlNode.text, match };
}

function argumentFor(call: SyntaxNode, helper: SqlHelper): SyntaxNode | undefined {
  const args = call.childForFieldName('arguments')?.namedChildren.filter((arg) => arg.type !== 'comment') ?? [];
  const keyword = args.find((arg) => arg.type === 'keyword_argument' && arg.childForFieldName('name')?.text === helper.parameter);
  return keyword?.childForFieldName('value') ?? args.filter((arg) => arg.type !== 'keyword_argument')[helper.position];
}

/** What the walk over helper calls needs: the helpers, the calls already checked as sinks, and how to read an argument. */
export interface HelperCalls {
  readonly helpers: readonly SqlHelper[];
  readonly sinkCalls: ReadonlySet<number>;
  readonly reportIdentifiers: boolean;
  readonly read: (node: SyntaxNode) => SqlValue<SyntaxNode>;
}

/** Reports each call (not itself a sink's) to a helper that passes it built SQL. */
export function helperCallReports(matches: readonly Match[], { helpers, sinkCalls, reportIdentifiers, read }: HelperCalls): Report[] {
  const byName = new Map(helpers.map((helper) => [helper.definition.childForFieldName('name')?.text ?? '', helper]));
  const reports: Report[] = [];
  for (const { finding: nameNode } of matches) {
    const helper = nameNode && byName.get(nameNode.text);
    const call = nameNode?.parent?.type === 'call' ? nameNode.parent : nameNode?.parent?.parent;
    if (call && sinkCalls.has(call.id)) continue;
    const arg = helper && call?.type === 'call' && calledFunction(call)?.id === helper.definition.id ? argumentFor(call, helper) : undefined;
    const value = arg && read(arg);
    if (!nameNode || !call || !helper || value?.kind !== 'built' || !isSqlSink(helper.match, value.text)) continue;
    const holes = holesKind(value.text);
    if (holes === 'statement' || (holes === 'name' && !reportIdentifiers)) continue;
    const match = { ...helper.match, label: `${nameNode.text} (which runs it with ${helper.match.label})` };
    reports.push(builtQueryReport(call, nameNode, match, value, holes === 'name'));
  }
  return reports;
}
