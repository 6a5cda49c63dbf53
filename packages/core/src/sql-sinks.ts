// The SQL sink catalog: which calls execute SQL, per language, and which argument carries it.
// Shared by parameterized-sql and no-query-in-loop; engines decide how to match receivers.

/** Languages with a sink catalog; TypeScript shares JavaScript's. */
export type SqlLanguage = 'javascript' | 'python' | 'go';

/** Calls that execute SQL (or add a raw SQL fragment to a query). */
export interface SqlSink {
  /** Method or function names. */
  readonly names: readonly string[];
  /** 0-based position of the SQL argument; in Go, counted after a leading `ctx` argument. */
  readonly argument: number;
  /** Keyword arguments that also carry SQL (Django `extra(where=[...])`). */
  readonly keywords?: readonly string[];
  /** Only SQL APIs use these names: no need to know the receiver or read the text. */
  readonly strong?: boolean;
  /** The call must be on one of these receivers (root name), e.g. `sql.raw`; `''` for a bare call. */
  readonly receivers?: readonly string[];
  /** The receiver must come from one of these calls (`createQueryBuilder()`), directly or through a variable. */
  readonly receiverCalls?: readonly string[];
  /** The argument is a fragment (a condition, an ORDER BY), not a whole statement. */
  readonly fragment?: boolean;
  /** Option keys that bind values (Sequelize `replacements`): with them the call is parameterized. */
  readonly bindingOptions?: readonly string[];
  /** Where the names come from, for the docs. */
  readonly library: string;
}

/** A language's catalog: what marks a database handle, and the sinks. */
export interface SqlCatalog {
  /** Modules whose imports are database handles or drivers. */
  readonly imports: readonly string[];
  /** Receiver names (any part of `a.b.c` or a call in a chain) that mark a database handle. */
  readonly handleNames: RegExp;
  readonly sinks: readonly SqlSink[];
}

const JS_HANDLES = /^(db|database|conn|connection|client|pool|pg|pgPool|mysql|sqlite|knex|trx|tx|transaction|prisma|sequelize|dataSource|manager|entityManager|em|queryRunner|qb|queryBuilder|createQueryBuilder|repository|\w+Repository|\w+Repo|\w*Db|\w*DB|\w*Pool|\w*Knex)$/;

const JAVASCRIPT: SqlCatalog = {
  imports: [
    'pg', 'pg-pool', 'mysql', 'mysql2', 'mysql2/promise', 'sqlite3', 'sqlite', 'better-sqlite3', 'mssql', 'knex',
    'sequelize', 'typeorm', '@prisma/client', 'drizzle-orm', 'kysely', 'postgres', 'slonik', '@mikro-orm/core',
    '@mikro-orm/postgresql', '@mikro-orm/knex', 'oracledb', 'tedious',
  ],
  handleNames: JS_HANDLES,
  sinks: [
    { names: ['$queryRawUnsafe', '$executeRawUnsafe', '$queryRaw', '$executeRaw'], argument: 0, strong: true, library: 'Prisma' },
    { names: ['raw'], argument: 0, strong: true, receivers: ['sql', 'Prisma'], library: 'Drizzle, Kysely, Prisma' },
    { names: ['unsafe'], argument: 0, library: 'postgres.js' },
    { names: ['whereRaw', 'orWhereRaw', 'andWhereRaw', 'havingRaw', 'orHavingRaw', 'orderByRaw', 'groupByRaw', 'joinRaw', 'selectRaw', 'fromRaw'], argument: 0, strong: true, fragment: true, library: 'knex' },
    { names: ['query'], argument: 0, bindingOptions: ['replacements', 'bind'], library: 'pg, mysql, mssql, Sequelize, TypeORM' },
    { names: ['execute', 'raw', 'exec', 'prepare', 'run', 'all', 'get', 'each', 'executeQuery'], argument: 0, library: 'mysql2, knex, sqlite3, better-sqlite3, MikroORM' },
    { names: ['where', 'andWhere', 'orWhere', 'having', 'andHaving', 'orHaving', 'orderBy', 'addOrderBy', 'select', 'addSelect'], argument: 0, fragment: true, receiverCalls: ['createQueryBuilder'], library: 'TypeORM query builder' },
  ],
};

const PYTHON: SqlCatalog = {
  imports: [
    'sqlite3', 'psycopg', 'psycopg2', 'asyncpg', 'aiopg', 'pymysql', 'MySQLdb', 'mysql.connector', 'aiomysql', 'aiosqlite',
    'sqlalchemy', 'django.db', 'pyodbc', 'cx_Oracle', 'oracledb', 'duckdb', 'databases', 'records',
  ],
  handleNames: /^(db|database|conn|connection|connections|con|cnx|cursor|cur|c|session|db_session|engine|tx|transaction|pool|objects|\w+_conn|\w+_cursor|\w+_session|\w+_engine|\w+_db|cursor_wrapper)$/,
  sinks: [
    { names: ['executescript', 'exec_driver_sql', 'mogrify'], argument: 0, strong: true, library: 'sqlite3, SQLAlchemy, psycopg' },
    { names: ['RawSQL'], argument: 0, strong: true, library: 'Django' },
    { names: ['read_sql', 'read_sql_query'], argument: 0, strong: true, library: 'pandas' },
    { names: ['execute', 'executemany', 'fetch', 'fetchrow', 'fetchval', 'copy_expert', 'execute_fetchall', 'execute_insert', 'fetch_all', 'fetch_one', 'fetch_val', 'execute_many', 'prepare', 'copy_from_query', 'execute_sql', 'execute_query', 'execute_query_dict'], argument: 0, library: 'DB-API, SQLAlchemy, asyncpg, aiopg, psycopg, aiosqlite, databases, peewee, Tortoise ORM' },
    { names: ['execute_values', 'execute_batch'], argument: 1, strong: true, library: 'psycopg2.extras' },
    { names: ['run'], argument: 0, receivers: ['con', 'conn', 'connection'], library: 'pg8000.native' },
    { names: ['raw'], argument: 0, library: 'Django' },
    { names: ['extra'], argument: -1, strong: true, keywords: ['where', 'select', 'order_by', 'tables'], library: 'Django' },
    { names: ['text'], argument: 0, receivers: ['', 'sa', 'sqlalchemy', 'sql', 'db'], library: 'SQLAlchemy, Flask-SQLAlchemy' },
  ],
};

const GO: SqlCatalog = {
  imports: ['database/sql', 'github.com/jmoiron/sqlx', 'github.com/jackc/pgx', 'gorm.io/gorm', 'github.com/jinzhu/gorm'],
  handleNames: /^(db|DB|sqlDB|sqldb|conn|Conn|tx|Tx|txn|pool|gorm|gormDB|orm|database|session|\w+DB|\w+Db|\w+Tx|\w+Conn|\w+Pool)$/,
  sinks: [
    { names: ['QueryContext', 'QueryRowContext', 'ExecContext', 'PrepareContext', 'Queryx', 'QueryRowx', 'QueryxContext', 'QueryRowxContext', 'NamedExec', 'NamedQuery', 'NamedExecContext', 'NamedQueryContext', 'MustExec', 'MustExecContext', 'Preparex', 'PreparexContext'], argument: 0, strong: true, library: 'database/sql, sqlx' },
    { names: ['SelectContext', 'GetContext'], argument: 1, strong: true, library: 'sqlx' },
    { names: ['Query', 'QueryRow', 'Exec', 'Prepare', 'Raw'], argument: 0, library: 'database/sql, pgx, GORM' },
    { names: ['Select', 'Get'], argument: 1, library: 'sqlx' },
    { names: ['Where', 'Or', 'Not', 'Order', 'Group', 'Having', 'Joins'], argument: 0, fragment: true, library: 'GORM, bun' },
    { names: ['NewRaw'], argument: 0, strong: true, library: 'bun' },
    // sq.Expr(…), sq.Select(…).From(…).Where(…), gorm.Expr(…): a fragment of a squirrel, ent or GORM query (`sql` is ent's dialect/sql)
    { names: ['Expr', 'ExprP', 'Where', 'Having', 'OrderBy', 'GroupBy', 'Join', 'LeftJoin', 'Suffix', 'Prefix'], argument: 0, strong: true, fragment: true, receivers: ['sq', 'squirrel', 'sql', 'entsql', 'gorm'], library: 'squirrel, ent, GORM' },
  ],
};

/** The sink catalog of every language. */
export const SQL_SINKS: Readonly<Record<SqlLanguage, SqlCatalog>> = { javascript: JAVASCRIPT, python: PYTHON, go: GO };

/** Sinks of a language that a call named `name` on a receiver with root `receiver` may be ('' for a bare call). */
export function sinksNamed(language: SqlLanguage, name: string, receiver: string): SqlSink[] {
  return SQL_SINKS[language].sinks.filter((sink) => sink.names.includes(name) && (!sink.receivers || sink.receivers.includes(receiver)));
}

/** How a message names a sink: `cursor.execute`, `s.db.QueryContext`, `r.gorm….Having` for a long chain. */
export function sinkLabel(receivers: readonly string[], name: string): string {
  return receivers.length > 2 ? `${receivers.slice(0, 2).join('.')}….${name}` : [...receivers, name].join('.');
}

/** What an engine knows about a call that matched a sink. */
export interface SinkEvidence {
  readonly sink: SqlSink;
  /** The receiver is named like a database handle (`db`, `cursor`, `userRepository`). */
  readonly knownHandle: boolean;
  /** The receiver is proven a handle, by its import or construction (engines that can tell). */
  readonly provenHandle?: boolean;
}

/** Precision first: a name alone (`execute`, `where`) is not enough without a database receiver or SQL text. */
export function isSqlSink(call: SinkEvidence, text: string): boolean {
  if (call.sink.strong || call.provenHandle) return true;
  if (call.sink.fragment) return call.knownHandle;
  return looksLikeSql(text);
}

/** Parses user-configured extra sinks (`name` or `receiver.name`, SQL in the first argument). */
export function extraSinks(entries: readonly string[]): SqlSink[] {
  return entries.map((entry) => {
    const dot = entry.lastIndexOf('.');
    const name = entry.slice(dot + 1);
    const receivers = dot < 0 ? undefined : [entry.slice(0, dot)];
    return { names: [name], argument: 0, strong: true, receivers, library: 'configuration' };
  });
}

// Words that open a statement, when the text starts with them.
const STATEMENT_STARTS = [
  'with\\s+(recursive\\s+)?\\w+\\s+as\\s*\\(', 'truncate\\b', 'drop\\s+(table|index|view|schema|database)\\b',
  'create\\s+(or\\s+replace\\s+|unique\\s+|temp(orary)?\\s+)*(table|index|view|function|trigger|schema|database)\\b',
  'alter\\s+(table|index|sequence)\\b', 'grant\\b', 'revoke\\b', 'vacuum\\b', 'analyze\\b', 'explain\\b',
  'set\\s+\\w+\\s*(=|to)\\b', 'lock\\s+table\\b', 'show\\s+(full\\s+)?(tables|databases|columns|index|create)\\b', 'pragma\\s+\\w+',
  'copy\\b[\\s\\S]*\\b(from|to)\\b', 'select\\s+(\\*|count\\s*\\(|\\d|distinct\\b|exists\\b|[\\w.]+\\s*(,|from\\b|as\\b))',
];
// A statement's shape anywhere in the text, or its opening words at the start.
const SQL_SHAPES = [
  /\bselect\b[\s\S]*?\bfrom\b/i, /\binsert\s+(or\s+\w+\s+)?into\b/i, /\bupdate\b[\s\S]*?\bset\b/i, /\bdelete\s+from\b/i,
  /\breplace\s+into\b/i, /\bmerge\s+into\b/i, new RegExp(`^\\s*(${STATEMENT_STARTS.join('|')})`, 'i'),
];
// Clauses that only appear inside a statement: a fragment built on its own.
const SQL_FRAGMENTS = [/(^|\s)where\s+[\s\S]*?(=|<|>|\blike\b|\bin\s*\(|\bis\s+(not\s+)?null\b|\bbetween\b)/i, /\border\s+by\b/i, /\bgroup\s+by\b/i, /\b(inner|left|right|full|cross)\s+join\b/i, /\blimit\s+\d/i];

/** Whether text reads as SQL: a statement's shape (`SELECT … FROM`, `INSERT INTO`, …) or an unmistakable clause. */
export function looksLikeSql(text: string): boolean {
  // single words in prose ("select a value from the list") are excluded by needing SQL punctuation or keywords on both sides
  if (SQL_SHAPES.some((shape) => shape.test(text))) return !isProse(text);
  return SQL_FRAGMENTS.some((shape) => shape.test(text)) && !isProse(text);
}

// "Select a value from the list", "Please update the settings": sentences, not statements.
function isProse(text: string): boolean {
  const trimmed = text.trim();
  if (/^(please|could|cannot|can't|unable|failed|error|invalid|you|we|the|a|an)\b/i.test(trimmed)) return true;
  return /\b(a|an|the|your|our|this|that|please)\s+\w+\s+(from|in|to)\b/i.test(trimmed) && !/[=*(]/.test(trimmed);
}
