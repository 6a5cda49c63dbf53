// Where built SQL takes a name, not a value (`CREATE DATABASE %s`, `FROM "%s"`, `ALTER TABLE %s`), or a
// whole query (`EXPLAIN ` + query, a subquery). A database, table or column name cannot be sent as a
// bound parameter, so a built statement whose every non-constant part sits in such a position is not
// the injection the rule is about; it is reported only on request, with advice to quote the name or
// check it against an allow-list. Also which calls quote or escape a value for SQL.
import { HOLE, NAME_HOLE } from './sql-value.js';

// Words after which SQL takes a name (a table, database, schema, column, index): the text before a
// hole ends with one of them once the name's own characters (`schema.`, `"`, `prefix_`) are set aside.
const NAME_WORDS = [
  '(create|drop|alter|comment\\s+on)(\\s+or\\s+replace)?(\\s+(global|local|temp|temporary|unlogged|unique|materialized|foreign))*'
  + '\\s+(table|database|schema|index|view|sequence|user|role|extension|type|function|trigger|publication|subscription|tablespace)'
  + '(\\s+concurrently)?(\\s+if\\s+(not\\s+)?exists)?',
  'truncate(\\s+table)?', 'from', 'join', 'into', 'update', 'table', 'database', 'schema', '(add|drop|rename|alter)\\s+column',
  'references', 'on\\s+cluster', 'owner(\\s+to)?', 'authorization', 'rename\\s+to', 'index(\\s+[\\w"$]*)?\\s+on', 'describe', 'use', 'vacuum(\\s+full)?', 'analyze',
  'pragma\\s+\\w+\\s*\\(', 'show\\s+(full\\s+)?(columns|index|indexes|create\\s+table|tables)\\s+(from|in)',
  // the column list of INSERT INTO t (a, b) and the columns of CREATE TABLE t (…)
  `(insert\\s+into|create\\s+table(\\s+if\\s+not\\s+exists)?)\\s+[\\w$."\`${HOLE}${NAME_HOLE}]+\\s*\\(([^()]*,)?`,
];
const NAME_BEFORE = new RegExp(`(^|[^\\w])(${NAME_WORDS.join('|')})\\s*$`, 'i');
// A name's own characters around the hole: `schema.`, `"`, `` ` ``, `prefix_`, another hole.
const NAME_CHARS_BEFORE = new RegExp(`[\\w$."\`${HOLE}${NAME_HOLE}]*$`);
const NAME_CHARS_AFTER = new RegExp(`^[\\w$."\`${HOLE}${NAME_HOLE}]*`);
// How a name's fixed part meets its built part: `schema.`, `prefix_`, a quote, another hole.
const NAME_JOINS = new RegExp(`(^|[_.$"\`${HOLE}${NAME_HOLE}])$`);
// What may follow a name: the end, a space, or punctuation that closes or lists it.
const AFTER_NAME = /^($|[\s(),;])/;
// A quoted hole in a value position: `= "%s"` (MySQL's double-quoted strings), `LIKE "%s"`, `IN ("%s"`.
const VALUE_BEFORE = /(=|<|>|\(|,|\+|\|\||\b(like|ilike|in|values|then|else|when|between|and|or|is|not|set|limit|offset))\s*$/i;

// A sequence, relation or cluster named by a string: setval('%s', …), nextval('schema.%s'),
// ClickHouse clusterAllReplicas('%s', db, table) and ON CLUSTER '%s'
const RELATION_ARGUMENT = /\b((setval|nextval|currval|to_regclass|pg_get_serial_sequence|cluster|clusterAllReplicas)\s*\(\s*|on\s+cluster\s+)'$/i;
// Where built SQL takes a whole statement: EXPLAIN + query, FROM (query) t, WITH x AS (query).
const STATEMENT_PREFIX = /^\s*explain(\s+analyze)?(\s+verbose)?(\s*\([^()]*\))?\s*$/i;
const SUBQUERY_BEFORE = /\b(from|join|exists|as)\s*\(\s*$/i;

function isNamePosition(before: string, after: string): boolean {
  const name = NAME_CHARS_BEFORE.exec(before)?.[0] ?? '';
  const rest = after.slice(NAME_CHARS_AFTER.exec(after)?.[0].length ?? 0);
  if (RELATION_ARGUMENT.test(before.slice(0, before.length - name.length))) return rest.startsWith("'");
  if (!AFTER_NAME.test(rest)) return false;
  // `FROM users` + clause: the name is complete and the built part follows it (a `WHERE …`)
  if (!NAME_JOINS.test(name)) return false;
  const head = before.slice(0, before.length - name.length);
  if (NAME_BEFORE.test(head)) return true;
  // "…%s…" or `…%s…` wrapped on both sides: a quoted identifier, unless a value goes there
  const quote = /["`][^"`]*$/.exec(name)?.[0][0];
  return quote !== undefined && after.slice(0, after.indexOf(quote) + 1).endsWith(quote)
    && (quote === '`' || !VALUE_BEFORE.test(head));
}

// `WITH base AS (…) ` + query: the text before ends where a common table expression closes
function endsWithCte(before: string): boolean {
  const text = before.trimEnd();
  if (!/^\s*with\s/i.test(text) || !text.endsWith(')')) return false;
  let depth = 0;
  for (let index = text.length - 1; index >= 0; index--) {
    depth += text[index] === ')' ? 1 : text[index] === '(' ? -1 : 0;
    if (depth === 0) return /\bas\s*$/i.test(text.slice(0, index));
  }
  return false;
}

const COMPARED = /(=|<|>|\b(like|ilike|in\s*\(|then|else|limit|offset))\s*$/i;
const HOLES = new RegExp(`[${HOLE}${NAME_HOLE}]`, 'g');

function isStatementPosition(before: string, after: string): boolean {
  const whole = /^\s*;?\s*$/.test(after);
  return ((STATEMENT_PREFIX.test(before) || endsWithCte(before)) && whole) || (SUBQUERY_BEFORE.test(before) && /^\s*\)/.test(after));
}

/**
 * Where the non-constant parts (holes) of a built SQL text stand: `statement` when each is a whole
 * query (EXPLAIN + query, a subquery), which passes through as it would alone; `name` when
 * each is a name or a whole query and one at least a name; `value` otherwise.
 */
export function holesKind(text: string): 'value' | 'name' | 'statement' {
  let kind: 'value' | 'name' | 'statement' = 'value';
  for (const { index } of text.matchAll(HOLES)) {
    const [before, after] = [text.slice(0, index), text.slice(index + 1)];
    // `tableName` outside quotes and comparisons: a name wherever it stands (`max(${columnName})`)
    if (text[index] === NAME_HOLE && !/'[\w$.]*$/.test(before) && !COMPARED.test(before)) kind = 'name';
    else if (isStatementPosition(before, after)) kind = kind === 'value' ? 'statement' : kind;
    else if (isNamePosition(before, after)) kind = 'name';
    else return 'value';
  }
  return kind;
}

// escape_string, _escape_literal, quote_ident, escapeId, escapeLiteral, pq.QuoteIdentifier,
// pgx.Identifier{…}.Sanitize, knex.ref: the driver's (or a helper named for it) quoting of a value
// or name; createSqlPlaceholders(values): a generated list of placeholders
const QUOTING = /^_?(escape|quote)(_?(string|str|literal|ident|identifier|id|name|value|sql))?$/i;
const PLACEHOLDERS = /placeholders?$/i;

/** Whether a called function, by its dotted name, quotes or escapes what it is given for SQL, or makes placeholders. */
export function isSafeSqlCall(name: string): boolean {
  const last = name.split('.').pop() ?? '';
  return QUOTING.test(last) || PLACEHOLDERS.test(last) || last === 'Sanitize' || name.endsWith('knex.ref');
}
