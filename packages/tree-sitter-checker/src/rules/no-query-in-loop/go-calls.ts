// Which Go calls run a query: GORM finishers on a GORM handle, and the database/sql, sqlx and
// pgx sinks of the shared catalog on a database handle.
import { GO_QUERY_CALLS, GO_SQL_FIX, GO_SQLC_FIX, type GoQueryCalls } from '@plumbline/core/query-calls/go';
import { looksLikeSql, SQL_SINKS } from '@plumbline/core/sql-sinks';
import type { SyntaxNode } from '../../check.js';
import { matchSink } from '../../util/sql-sinks.js';
import { chainLabel, type Link } from './chain.js';
import { type Loop, runsScript } from './loops.js';
import type { QueryCall } from './report.js';

// Sink names that only add a fragment to a query being built (GORM Where, Order, …).
const SINK_NAMES = new Set(SQL_SINKS.go.sinks.filter((sink) => !sink.fragment).flatMap((sink) => sink.names));
/** Every method name a Go catalog entry runs a query with: a cheap test before reading the chain. */
export const GO_QUERY_NAMES = new Set([...GO_QUERY_CALLS.flatMap((family) => family.methods), ...SINK_NAMES]);

/** The libraries a file imports, by the catalog's import paths; a family behind an option counts only when `enabled` says so. */
export function importedLibraries(text: string, enabled: (option: string) => boolean = () => false): Set<string> {
  const imports = (family: GoQueryCalls): boolean => (family.option === undefined || enabled(family.option))
    && (family.imports.some((path) => text.includes(`"${path}"`)) || family.importPattern?.test(text) === true);
  return new Set(GO_QUERY_CALLS.filter(imports).map((family) => family.library));
}

// x *sqlx.DB, tx pgx.Tx, db *gorm.DB: names declared with a database handle type (fields, parameters, vars)
const HANDLE_TYPE = /\b(\w+)\s+\*?(?:sql|sqlx|gorm|pgx|pgxpool)\.(?:DB|Tx|Conn|Pool|Stmt)\b/g;

/** What the file says about handles: the ORM libraries it imports and the names it declares with a handle type. */
export interface GoHandles {
  readonly libraries: ReadonlySet<string>;
  readonly typed: ReadonlySet<string>;
  /** Names declared as sqlc's generated `*db.Queries` / `db.Querier`: every method of theirs runs a query. */
  readonly sqlc: ReadonlySet<string>;
}

const SQLC_TYPE = /\b(\w+)\s+\*?\w+\.(?:Queries|Querier)\b/g;

// The handle types alone: most files name none, and this scan is far cheaper than HANDLE_TYPE's
// backtracking over every word of the file.
const ANY_HANDLE_TYPE = /(?:sql|sqlx|gorm|pgx|pgxpool)\.(?:DB|Tx|Conn|Pool|Stmt)\b/;

/** Reads a file's handle names and libraries (those behind an option only when `enabled` turns it on). */
export function goHandles(text: string, enabled?: (option: string) => boolean): GoHandles {
  const typed = new Set(ANY_HANDLE_TYPE.test(text) ? [...text.matchAll(HANDLE_TYPE)].map((match) => match[1] ?? '') : []);
  const sqlc = new Set(/\.Quer(?:ies|ier)\b/.test(text) ? [...text.matchAll(SQLC_TYPE)].map((match) => match[1] ?? '') : []);
  return { libraries: importedLibraries(text, enabled), typed, sqlc };
}

const isHandle = (name: string, handles: GoHandles): boolean => SQL_SINKS.go.handleNames.test(name) || handles.typed.has(name);

// Where, or a generated QueryPets / WithOwner of ent (not WithContext, which any client has)
const isBuilder = (family: GoQueryCalls, name: string): boolean => family.builders.includes(name)
  || (name !== 'WithContext' && (family.builderPrefixes ?? []).some((prefix) => name.startsWith(prefix) && /^[A-Z]/.test(name.slice(prefix.length))));

// db.First, r.db.WithContext(ctx).Where(…).First: a handle name or a builder along the chain;
// ent: an entity client first (client.User.Query()…), or a generated edge query (u.QueryPets())
function onHandle(family: GoQueryCalls, receivers: readonly Link[], handles: GoHandles): boolean {
  if (!family.entityClient) return receivers.some((link) => (link.call ? isBuilder(family, link.name) : isHandle(link.name, handles) || family.handles?.test(link.name) === true));
  const leading = receivers.findIndex((link) => link.call);
  const client = receivers.slice(0, leading < 0 ? receivers.length : leading).map((link) => link.name).join('.');
  return family.entityClient.test(client) || receivers.some((link) => link.call && !family.builders.includes(link.name) && isBuilder(family, link.name));
}

const ormFix = (family: GoQueryCalls, name: string): string => (family.writes?.includes(name) && family.writeFix ? family.writeFix : family.fix);

// database.DB.First(&user, id): GORM's shape without its import, on a handle named like one
function addressedOnHandle(family: GoQueryCalls, call: SyntaxNode, receivers: readonly Link[], name: string, handles: GoHandles): boolean {
  const first = call.childForFieldName('arguments')?.namedChildren[0];
  const addressed = first?.type === 'unary_expression' && first.text.startsWith('&');
  return addressed && family.addressed?.includes(name) === true && receivers.some((link) => !link.call && isHandle(link.name, handles));
}

function orm(links: readonly Link[], call: SyntaxNode, name: string, handles: GoHandles): QueryCall | undefined {
  const receivers = links.slice(0, -1);
  for (const family of GO_QUERY_CALLS) {
    if (!family.methods.includes(name)) continue;
    if (!handles.libraries.has(family.library)) {
      if (addressedOnHandle(family, call, receivers, name, handles)) return { label: chainLabel(links), fix: ormFix(family, name) };
      continue;
    }
    if (onHandle(family, receivers, handles)) return { label: chainLabel(links), fix: ormFix(family, name) };
  }
  return undefined;
}


// tx.QueryRow("SELECT …"): a literal SQL argument, the proof a weak sink on a handle named like one needs inside a helper
const SQL_LITERAL = new Set(['interpreted_string_literal', 'raw_string_literal']);
const hasSqlText = (call: SyntaxNode): boolean => (call.childForFieldName('arguments')?.namedChildren ?? []).some((arg) => SQL_LITERAL.has(arg.type) && looksLikeSql(arg.text.slice(1, -1)));

function rawSql(links: readonly Link[], call: SyntaxNode, name: string, handles: GoHandles, loop: Loop, strict: boolean): QueryCall | undefined {
  if (!SINK_NAMES.has(name) || links.some((link) => link.call && runsScript(link.call, loop))) return undefined;
  const receivers = links.slice(0, -1).map((link) => link.name).filter((part) => part !== '');
  const match = matchSink('go', { name, nameNode: call, receivers }, []);
  // the handle that gave the rows of a `for rows.Next()` loop is a database handle
  const source = loop.source !== undefined && receivers.join('.') === loop.source;
  const named = match?.knownHandle === true && (!strict || hasSqlText(call));
  return match && (match.sink.strong || named || source || receivers.some((part) => handles.typed.has(part))) ? { label: chainLabel(links), fix: GO_SQL_FIX } : undefined;
}

// q.GetAuthor(ctx, id) on a name declared as sqlc's Queries (WithTx only wraps a transaction)
function sqlc(links: readonly Link[], name: string, handles: GoHandles): QueryCall | undefined {
  const receiver = links[links.length - 2];
  return receiver && !receiver.call && handles.sqlc.has(receiver.name) && name !== 'WithTx' && /^[A-Z]/.test(name) ? { label: chainLabel(links), fix: GO_SQLC_FIX } : undefined;
}

/** The query a Go call runs, if the catalogs know it; `strict` inside a helper: a handle known by its name alone also needs SQL text. */
export function goQueryCall(call: SyntaxNode, links: readonly Link[], handles: GoHandles, loop: Loop, strict = false): QueryCall | undefined {
  const name = links[links.length - 1]?.name ?? '';
  if (links.length < 2) return undefined;
  return orm(links, call, name, handles) ?? sqlc(links, name, handles) ?? rawSql(links, call, name, handles, loop, strict);
}
