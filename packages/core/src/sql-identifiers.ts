// Where built SQL takes a name, not a value: `CREATE DATABASE %s`, `FROM "%s"`, `ALTER TABLE %s`.
// A database, table or column name cannot be sent as a bound parameter, so a built statement whose
// every non-constant part sits in such a position is not the injection the rule is about; it is
// reported only on request, with advice to quote the name or check it against an allow-list.
import { HOLE } from './sql-value.js';

// Words after which SQL takes a name (a table, database, schema, column, index): the text before a
// hole ends with one of them once the name's own characters (`schema.`, `"`, `prefix_`) are set aside.
const NAME_WORDS = [
  '(create|drop|alter|comment\\s+on)(\\s+or\\s+replace)?(\\s+(global|local|temp|temporary|unlogged|unique|materialized|foreign))*'
  + '\\s+(table|database|schema|index|view|sequence|user|role|extension|type|function|trigger|publication|subscription|tablespace)'
  + '(\\s+concurrently)?(\\s+if\\s+(not\\s+)?exists)?',
  'truncate(\\s+table)?', 'from', 'join', 'into', 'update', 'table', 'database', 'schema', '(add|drop|rename|alter)\\s+column',
  'references', 'owner(\\s+to)?', 'authorization', 'rename\\s+to', 'index\\s+[\\w"$]*\\s+on', 'describe', 'use', 'vacuum(\\s+full)?', 'analyze',
  'pragma\\s+\\w+\\s*\\(', 'show\\s+(full\\s+)?(columns|index|indexes|create\\s+table|tables)\\s+(from|in)',
];
const NAME_BEFORE = new RegExp(`(^|[^\\w])(${NAME_WORDS.join('|')})\\s*$`, 'i');
// A name's own characters around the hole: `schema.`, `"`, `` ` ``, `prefix_`, another hole.
const NAME_CHARS_BEFORE = new RegExp(`[\\w$."\`${HOLE}]*$`);
const NAME_CHARS_AFTER = new RegExp(`^[\\w$."\`${HOLE}]*`);
// What may follow a name: the end, a space, or punctuation that closes or lists it.
const AFTER_NAME = /^($|[\s(),;])/;
// A quoted hole in a value position: `= "%s"` (MySQL's double-quoted strings), `LIKE "%s"`, `IN ("%s"`.
const VALUE_BEFORE = /(=|<|>|\(|,|\+|\|\||\b(like|ilike|in|values|then|else|when|between|and|or|is|not|set|limit|offset))\s*$/i;

function isNamePosition(before: string, after: string): boolean {
  const name = NAME_CHARS_BEFORE.exec(before)?.[0] ?? '';
  const rest = after.slice(NAME_CHARS_AFTER.exec(after)?.[0].length ?? 0);
  if (!AFTER_NAME.test(rest)) return false;
  const head = before.slice(0, before.length - name.length);
  if (NAME_BEFORE.test(head)) return true;
  // "…%s…" or `…%s…` wrapped on both sides: a quoted identifier, unless a value goes there
  const quote = /["`][^"`]*$/.exec(name)?.[0][0];
  return quote !== undefined && after.slice(0, after.indexOf(quote) + 1).endsWith(quote)
    && (quote === '`' || !VALUE_BEFORE.test(head));
}

/** Whether every non-constant part of a built SQL text (its holes) stands where SQL takes a name. */
export function namesOnly(text: string): boolean {
  let found = false;
  for (let index = text.indexOf(HOLE); index >= 0; index = text.indexOf(HOLE, index + 1)) {
    if (!isNamePosition(text.slice(0, index), text.slice(index + 1))) return false;
    found = true;
  }
  return found;
}
