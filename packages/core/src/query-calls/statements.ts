// Statements that change the schema rather than read or write rows: one per table in a loop is
// schema work (`for (const t of tables) DROP TABLE …`), not a query per item.

// DROP/TRUNCATE/CREATE/ALTER … at the start of the SQL argument as written: a string, an f-string,
// a template literal, or the format string of a call (`fmt.Sprintf("DROP TABLE %s", t)`, `text("…")`)
const SCHEMA_STATEMENT = /^(?:[\w.]+\(\s*)?[rfbuRFBU]{0,2}(?:"""|'''|["'`])\s*(?:DROP|TRUNCATE|CREATE|ALTER|VACUUM|ANALYZE|REINDEX|CLUSTER|GRANT|REVOKE|COMMENT\s+ON|INSTALL|LOAD|ATTACH|DETACH|PRAGMA)\b/i;

/** Whether the source text of a SQL argument is a schema statement (DDL, maintenance, grants). */
export function isSchemaStatement(source: string): boolean {
  return SCHEMA_STATEMENT.test(source.trimStart());
}
