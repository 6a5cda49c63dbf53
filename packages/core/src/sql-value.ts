// The one model of a string as SQL text, shared by every engine: a value is constant, opaque
// (unknown data, not built here) or built from non-constant parts at a site. `Site` is the
// engine's syntax node; the engines read their syntax into these values, the algebra is here.
import { pushAll } from './limits.js';

/** A value known in full: literals and constants, with their static text. */
export interface ConstantValue {
  readonly kind: 'constant';
  readonly text: string;
}

/** A value the rule knows nothing about (a parameter, a call's result); `text` is what static text it has. */
export interface OpaqueValue {
  readonly kind: 'opaque';
  readonly text: string;
  /** Known by its name to hold a database, table or column name (`tableName`, `columnRef`). */
  readonly name?: true;
}

/** A value built from non-constant parts, how (`concatenation`, `fmt.Sprintf`) and where. */
export interface BuiltValue<Site> {
  readonly kind: 'built';
  readonly text: string;
  readonly how: string;
  readonly site: Site;
}

/** A string value as the rule sees it; `text` is its static text, for telling SQL from prose. */
export type SqlValue<Site> = ConstantValue | OpaqueValue | BuiltValue<Site>;

/** A constant value of the given text. */
export const constant = (text = ''): ConstantValue => ({ kind: 'constant', text });
/** A value the rule knows nothing about. */
export const opaque: OpaqueValue = { kind: 'opaque', text: '' };

/**
 * Marks, in a built value's text, where a non-constant part went: what SQL takes there (a value
 * or an identifier) is read from the text around it.
 */
export const HOLE = '\u0001';
/** Marks where a value known by its name to be an identifier (`tableName`) went. */
export const NAME_HOLE = '\u0002';

// tableName, db_table_name, tableColumnRef, schema_name, alias, aliasMapping, getTableName()
// (not sortColumn: a column chosen by the user, in ORDER BY, is worth a look)
const IDENTIFIER_NAME = /(table|column|col|schema|database|db|index|view|sequence|field|alias|relation|tbl)_?(names?|refs?|alias|identifier|ident)$|^alias\w*$/i;

// a helper of the code that returns a column expression: getJsonQueryColumn(field)
const IDENTIFIER_CALL = /columns?$/i;

/**
 * An unknown value whose name says it holds an identifier (`tableName`, `columnRef`, a call
 * `getJsonQueryColumn(…)`), or `value` as it is.
 */
export const named = <Site>(value: SqlValue<Site>, name: string, call = false): SqlValue<Site> => {
  const last = name.split('.').pop() ?? '';
  const known = IDENTIFIER_NAME.test(last) || (call && IDENTIFIER_CALL.test(last));
  return value.kind === 'opaque' && known ? { kind: 'opaque', text: '', name: true } : value;
};

/** A built value taken as a constant (built at import time): its text without the holes. */
export const settled = (value: SqlValue<unknown>): ConstantValue => constant(value.text.replaceAll(HOLE, '').replaceAll(NAME_HOLE, ''));

/** Joins parts the way `+` does: constant when every part is, else built here (or where its one built part was). */
export function combine<Site>(parts: readonly SqlValue<Site>[], how: string, site: Site): SqlValue<Site> {
  const text = parts.map((part) => (part.kind !== 'opaque' ? part.text : part.name ? NAME_HOLE : HOLE)).join('');
  if (parts.every((part) => part.kind === 'constant')) return constant(text);
  const built = parts.filter((part) => part.kind === 'built');
  const first = built[0];
  if (first?.kind === 'built' && built.length === parts.filter((part) => part.kind !== 'constant').length) return { ...first, text };
  return { kind: 'built', text, how, site };
}

/** Alternatives (branches, `a ? b : c`): built if one is, opaque if one is, else constant. */
export function either<Site>(values: readonly SqlValue<Site>[]): SqlValue<Site> {
  const text = values.map((value) => value.text).join(' ');
  const built = values.find((value) => value.kind === 'built');
  if (built) return { ...built, text };
  // every alternative an unknown name (`tableName`): still a name
  if (values.length > 0 && values.every((value) => value.kind === 'opaque' && value.name)) return { kind: 'opaque', text, name: true };
  if (values.some((value) => value.kind === 'opaque')) return { kind: 'opaque', text };
  return constant(text);
}

/** One write of a local name: `x = v` (or `x := v`), `x += v`, or a call that adds to it (`xs.append(v)`). */
export interface Write<Site> {
  /** undefined: written by something the rule cannot read (a loop, a tuple). */
  readonly value: Site | undefined;
  readonly append: boolean;
  readonly at: Site;
}

/**
 * The value of a name from its writes: alternatives for `=`, then every `+=` appended (an opaque
 * append is built where it is appended). `unassigned` is the start when there are only appends.
 */
export function valueOfWrites<Site>(
  writes: readonly Write<Site>[], valueOf: (node: Site) => SqlValue<Site>, how: string, unassigned: SqlValue<Site>,
): SqlValue<Site> {
  const assigned: SqlValue<Site>[] = [];
  const appended: SqlValue<Site>[] = [];
  let firstAppend: Site | undefined;
  for (const write of writes) {
    const value = write.value ? valueOf(write.value) : opaque;
    if (!write.append) {
      assigned.push(value);
      continue;
    }
    firstAppend ??= write.at;
    appended.push(value.kind === 'opaque' ? { kind: 'built', text: HOLE, how, site: write.at } : value);
  }
  const base = assigned.length > 0 ? either(assigned) : unassigned;
  return firstAppend !== undefined ? combine([base, ...appended], how, firstAppend) : base;
}

/** How `interpolate` fills a template: the verbs (a global pattern), each verb's value, and arguments no verb took. */
export interface Filling<Site> {
  readonly verbs: RegExp;
  readonly valueFor: (match: RegExpExecArray, index: number) => SqlValue<Site>;
  /** Values of the arguments left over once the verbs are filled (a template whose text is unknown). */
  readonly rest: (used: number) => readonly SqlValue<Site>[];
}

/**
 * Fills a format template's verbs with values, each where its verb stands, so that the text around
 * every value is known; arguments no verb took go at the end.
 */
export function interpolate<Site>(template: string, filling: Filling<Site>, how: string, site: Site): SqlValue<Site> {
  const { verbs, valueFor } = filling;
  const parts: SqlValue<Site>[] = [];
  let last = 0;
  let index = 0;
  for (const match of template.matchAll(verbs)) {
    parts.push(constant(template.slice(last, match.index)), valueFor(match, index++));
    last = match.index + match[0].length;
  }
  parts.push(constant(template.slice(last)));
  pushAll(parts, filling.rest(index));
  return combine(parts, how, site);
}
