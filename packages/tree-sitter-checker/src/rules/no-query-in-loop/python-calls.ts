// Which Python calls run a query: Django managers and related managers, SQLAlchemy sessions,
// Flask-SQLAlchemy `Model.query`, and the raw-SQL sinks of the shared catalog.
import { PYTHON_EVALUATING_CALLS, PYTHON_QUERY_CALLS, PYTHON_SQL_FIX, type PythonQueryCalls, type PythonReceiver } from '@plumbline/core/query-calls/python';
import { isSchemaStatement } from '@plumbline/core/query-calls/statements';
import { SQL_SINKS } from '@plumbline/core/sql-sinks';
import { assignedValue } from './python-queryset.js';
import type { SyntaxNode } from '../../check.js';
import { matchSink } from '../../util/sql-sinks.js';
import { chainLabel, type Link } from './chain.js';
import { type Loop, runsScript } from './loops.js';
import type { FileModels } from './python-models.js';
import type { QueryCall } from './report.js';
import { instanceWrite } from './python-writes.js';

const MANAGERS = new Set(['objects', '_default_manager', '_base_manager']);
const SESSION = /^(session|db_session|dbsession|async_session|\w+_session|Session)$/;
const MODEL = /^[A-Z][A-Za-z0-9]*$/;
// Sinks that build SQL without running it.
const NOT_RUN = new Set(['text', 'RawSQL', 'extra', 'mogrify']);
const SINK_NAMES = new Set(SQL_SINKS.python.sinks.flatMap((sink) => sink.names).filter((name) => !NOT_RUN.has(name)));
const FAMILY = new Map<PythonReceiver, PythonQueryCalls>(PYTHON_QUERY_CALLS.map((family) => [family.receiver, family]));
/** Every method name some Python catalog entry runs a query with: a cheap test before reading the chain. */
export const PYTHON_QUERY_NAMES = new Set([...PYTHON_QUERY_CALLS.flatMap((family) => family.methods), ...SINK_NAMES]);
// Related-manager reads that a prefetch_related cache serves without a query.
const CACHED = new Set(['all', 'count', 'exists', 'first', 'last']);

/** What the file and the loop tell about a call's receiver. */
export interface PythonContext {
  readonly usesDjango: boolean;
  readonly loop: Loop;
  /** Relations prefetched on the loop's queryset (`*` for a bare `Prefetch`), or undefined when the queryset is not visible. */
  readonly prefetched: ReadonlySet<string> | undefined;
  /** The file's model classes, read on first use. */
  readonly models: () => FileModels;
}

function fixOf(family: PythonQueryCalls, name: string): string {
  return family.writes?.includes(name) && family.writeFix ? family.writeFix : family.fix;
}

// A lazy queryset runs only where it is evaluated: iterated by a loop, or passed to list(), len(), …;
// one that is assigned, passed on or combined (a subquery, a Prefetch, `id__in=…`) is not run here.
function isLazyUse(call: SyntaxNode): boolean {
  const parent = call.parent;
  // qs[0] runs a query for one row; qs[:10] is still lazy
  if (parent?.type === 'subscript' && parent.childForFieldName('value')?.id === call.id) return parent.childForFieldName('subscript')?.type === 'slice';
  if ((parent?.type === 'for_statement' || parent?.type === 'for_in_clause') && parent.childForFieldName('right')?.id === call.id) return false;
  if (parent?.type !== 'argument_list') return true;
  const callee = parent.parent?.childForFieldName('function');
  const name = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
  return !PYTHON_EVALUATING_CALLS.includes(name ?? '');
}

function django(links: readonly Link[], call: SyntaxNode, name: string): QueryCall | undefined {
  const family = FAMILY.get('django-manager');
  const at = links.findIndex((link, index) => MANAGERS.has(link.name) && !link.call && index > 0);
  const model = links[at - 1]?.name ?? '';
  if (!family || at < 0 || !(MODEL.test(model) || model === 'model' || model === 'cls') || !family.methods.includes(name)) return undefined;
  if (family.lazy?.includes(name) && isLazyUse(call)) return undefined;
  return { label: chainLabel(links), fix: fixOf(family, name) };
}

// get_object_or_404(Order, pk=…): Django's shortcut, a get() in a function
function shortcut(links: readonly Link[], name: string, usesDjango: boolean): QueryCall | undefined {
  const family = FAMILY.get('django-shortcut');
  return family && usesDjango && links.length === 1 && family.methods.includes(name) ? { label: chainLabel(links), fix: family.fix } : undefined;
}

// order.lines.all() on the loop's item
function related(links: readonly Link[], call: SyntaxNode, name: string, context: PythonContext): QueryCall | undefined {
  const family = FAMILY.get('django-related');
  const [root, relation] = links;
  if (!family || !context.usesDjango || links.length !== 3 || !root || !relation || !context.loop.targets.includes(root.name)) return undefined;
  if (root.call || relation.call || !family.methods.includes(name) || (family.lazy?.includes(name) && isLazyUse(call))) return undefined;
  if (!djangoArguments(call)) return undefined;
  const prefetched = context.prefetched;
  if (CACHED.has(name) && (!prefetched || prefetched.has(relation.name) || prefetched.has('*'))) return undefined;
  return { label: chainLabel(links), fix: fixOf(family, name) };
}

// Django lookups take keywords and Q objects: `tags.filter(lambda t: …)` is another library's filter
function djangoArguments(call: SyntaxNode): boolean {
  const positional = call.childForFieldName('arguments')?.namedChildren.filter((arg) => arg.type !== 'keyword_argument' && arg.type !== 'comment') ?? [];
  return positional.every((arg) => arg.type === 'call' || arg.type === 'unary_operator' || arg.type === 'string' || arg.type === 'binary_operator');
}

function session(links: readonly Link[], call: SyntaxNode, name: string): QueryCall | undefined {
  const family = FAMILY.get('sqlalchemy-session');
  const receiver = links[links.length - 2];
  if (!family || !receiver || receiver.call || !SESSION.test(receiver.name) || !family.methods.includes(name)) return undefined;
  // requests.Session().get(url) is not SQLAlchemy's session.get(Model, id)
  const first = call.childForFieldName('arguments')?.namedChildren[0];
  if (name === 'get' && !MODEL.test(first?.text.split('.').pop() ?? '')) return undefined;
  return { label: chainLabel(links), fix: family.fix };
}

function modelQuery(links: readonly Link[], name: string): QueryCall | undefined {
  const family = FAMILY.get('model-query');
  const [model, query] = links;
  if (!family || !model || !query || query.name !== 'query' || model.call || query.call || !MODEL.test(model.name) || !family.methods.includes(name)) return undefined;
  return { label: chainLabel(links), fix: family.fix };
}

// sql = "CREATE TABLE {} (…)".format(…); cursor.execute(sql): a schema statement held in a local name
function heldSchemaStatement(call: SyntaxNode): boolean {
  const sql = call.childForFieldName('arguments')?.namedChildren[0];
  return sql?.type === 'identifier' && isSchemaStatement(assignedValue(sql.text, call)?.text ?? '');
}

function rawSql(links: readonly Link[], call: SyntaxNode, name: string, loop: Loop): QueryCall | undefined {
  if (!SINK_NAMES.has(name) || links.some((link) => link.call && runsScript(link.call, loop)) || heldSchemaStatement(call)) return undefined;
  const receivers = links.slice(0, -1).map((link) => link.name).filter((part) => part !== '');
  const match = matchSink('python', { name, nameNode: call, receivers }, []);
  if (!match || !(match.sink.strong || match.knownHandle)) return undefined;
  return { label: chainLabel(links), fix: PYTHON_SQL_FIX };
}

/** The query a Python call runs, if the catalogs know it. */
export function pythonQueryCall(call: SyntaxNode, links: readonly Link[], context: PythonContext): QueryCall | undefined {
  const name = links[links.length - 1]?.name ?? '';
  return django(links, call, name) ?? shortcut(links, name, context.usesDjango) ?? related(links, call, name, context) ?? session(links, call, name)
    ?? modelQuery(links, name) ?? rawSql(links, call, name, context.loop)
    ?? (context.usesDjango ? instanceWrite(links, call, context.loop, context.models) : undefined);
}
