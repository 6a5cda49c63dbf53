// Go ORM calls that run a query, for no-query-in-loop. database/sql, sqlx and pgx calls come
// from the shared sink catalog in ../sql-sinks.ts.

/** A family of Go query calls: the library, how its receiver is recognised, the methods that query, and the batched form. */
export interface GoQueryCalls {
  readonly library: string;
  /** Import paths of the library; the file must import one of them (or one `importPattern` matches). */
  readonly imports: readonly string[];
  /** Import paths of code generated from the library, by shape (ent's `<module>/ent/user`). */
  readonly importPattern?: RegExp;
  /** Methods that run a query (finishers of a chain such as `db.Where(…).First(&u)`). */
  readonly methods: readonly string[];
  /** Chain methods that only build the query: a receiver that went through one is the library's. */
  readonly builders: readonly string[];
  /** Prefixes of generated builder names (ent's `QueryPets`, `WithOwner`, `SetName`). */
  readonly builderPrefixes?: readonly string[];
  /** The receivers as a dotted text that hold the library's entity clients (ent's `client.User`). */
  readonly entityClient?: RegExp;
  /** Names the library's handles go by, beside the shared handle names (XORM's package-level `x`, `sess`). */
  readonly handles?: RegExp;
  /**
   * Methods recognised in a file that does not import the library, when their first argument is
   * an address and the receiver a handle: `database.DB.First(&user, id)` with the handle declared
   * in another package.
   */
  readonly addressed?: readonly string[];
  /** The rule option that turns the family on, when it is off by default. */
  readonly option?: 'xormCalls';
  /** Methods that write, with their batched form. */
  readonly writes?: readonly string[];
  readonly writeFix?: string;
  /** The batched form, as the message's `{{fix}}`. */
  readonly fix: string;
}

/** The ORM query calls of Go. */
export const GO_QUERY_CALLS: readonly GoQueryCalls[] = [
  {
    library: 'GORM',
    imports: ['gorm.io/gorm', 'github.com/jinzhu/gorm'],
    methods: [
      'First', 'Find', 'Take', 'Last', 'FirstOrCreate', 'FirstOrInit', 'FindInBatches', 'Count', 'Pluck', 'Scan', 'Row', 'Rows',
      'Create', 'CreateInBatches', 'Save', 'Delete', 'Update', 'Updates', 'UpdateColumn', 'UpdateColumns', 'Exec',
      // GORM v1 (jinzhu) loads an association with Related; Association(…) finishes with Find, Count, Append, …
      'Related', 'Append', 'Replace', 'Clear',
    ],
    addressed: ['First', 'Find', 'Take', 'Last', 'FirstOrCreate', 'FirstOrInit', 'Create', 'Save', 'Delete'],
    builders: ['Where', 'Or', 'Not', 'Model', 'Table', 'Preload', 'Joins', 'Select', 'Omit', 'Order', 'Limit', 'Offset', 'Group', 'Having', 'Raw', 'Unscoped', 'Clauses', 'Scopes', 'WithContext', 'Session', 'Debug', 'Distinct', 'Association'],
    writes: ['Create', 'Save', 'Delete', 'Update', 'Updates', 'UpdateColumn', 'UpdateColumns'],
    writeFix: 'write all rows at once with `CreateInBatches`/`Create(&slice)`, or one `Where("id IN ?", ids).Updates(…)`',
    fix: 'load the rows before the loop with one `Where("id IN ?", ids).Find(&rows)`, or `Preload` the association',
  },
  {
    library: 'XORM',
    imports: ['xorm.io/xorm', 'xorm.io/builder', 'github.com/go-xorm/xorm', 'code.gitea.io/gitea/models/db'],
    methods: ['Get', 'Find', 'FindAndCount', 'Count', 'Exist', 'Iterate', 'Sum', 'SumInt', 'Insert', 'InsertOne', 'Update', 'Delete'],
    builders: [
      'Where', 'And', 'Or', 'In', 'NotIn', 'ID', 'Cols', 'AllCols', 'MustCols', 'Omit', 'Table', 'Join', 'OrderBy', 'Desc', 'Asc', 'Limit', 'Select',
      'Distinct', 'GroupBy', 'Having', 'Alias', 'Incr', 'Decr', 'SetExpr', 'Unscoped', 'NoAutoCondition', 'UseBool', 'GetEngine',
    ],
    handles: /^(x|e|sess|xe|engine)$/,
    option: 'xormCalls',
    writes: ['Insert', 'InsertOne', 'Update', 'Delete'],
    writeFix: 'write the rows at once: `Insert(&slice)` for new rows, one `In("id", ids).Update(…)` or `.Delete(…)` for the others',
    fix: 'load the rows before the loop with one `In("id", ids).Find(&rows)` query',
  },
  {
    library: 'Bun',
    imports: ['github.com/uptrace/bun'],
    methods: ['Scan', 'Exec', 'Count', 'ScanAndCount', 'Exists'],
    builders: [
      'NewSelect', 'NewInsert', 'NewUpdate', 'NewDelete', 'NewRaw', 'Model', 'Column', 'ColumnExpr', 'ExcludeColumn', 'Where', 'WhereOr', 'WherePK',
      'WhereGroup', 'Relation', 'Order', 'OrderExpr', 'Limit', 'Offset', 'Join', 'JoinOn', 'Group', 'Having', 'Set', 'Value', 'Returning', 'Table', 'TableExpr', 'Apply',
    ],
    fix: 'load the rows before the loop with one `Where("id IN (?)", bun.In(ids))` query, or load the association with `Relation(…)`',
  },
  {
    library: 'ent',
    imports: ['entgo.io/ent'],
    importPattern: /"[\w.\-/]+\/ent(?:\/\w+)?"/,
    methods: ['All', 'AllX', 'Only', 'OnlyX', 'OnlyID', 'First', 'FirstX', 'FirstID', 'Get', 'GetX', 'Count', 'CountX', 'Exist', 'ExistX', 'IDs', 'IDsX', 'Save', 'SaveX', 'Exec', 'ExecX'],
    builders: ['Query', 'Where', 'Order', 'Limit', 'Offset', 'Select', 'Unique', 'Create', 'Update', 'UpdateOne', 'UpdateOneID', 'Delete', 'DeleteOne', 'DeleteOneID'],
    builderPrefixes: ['Query', 'With', 'Set', 'Add', 'Clear', 'Remove'],
    entityClient: /(^|\.)(\w*[cC]lient|tx|ent)\.[A-Z]\w*$/,
    writes: ['Save', 'SaveX', 'Exec', 'ExecX'],
    writeFix: 'create the rows at once with `CreateBulk`, or update them with one `Update().Where(<entity>.IDIn(ids...))`',
    fix: 'load the rows before the loop with one `Where(<entity>.IDIn(ids...))` query, or eager-load the edge with `With<Edge>()`',
  },
];

/** The batched form suggested for a sqlc query in a loop. */
export const GO_SQLC_FIX = 'add one query that takes all the keys (`WHERE id = ANY(@ids::bigint[])`, or `sqlc.slice` for MySQL/SQLite) and call it before the loop';

/** The batched form suggested for a database/sql, sqlx or pgx call in a loop. */
export const GO_SQL_FIX = 'run one query with `IN (…)` (`sqlx.In`) or `= ANY($1)` before the loop, or batch the writes (`pgx.Batch`, one multi-row `INSERT`)';

/**
 * Per-item reads through a data-access object (option `repositoryCalls`): a method named like a
 * lookup with a subject (`GetByID`, `FindUser`, `ListOrders`, not a bare `Get`) on a receiver
 * named as a repository, store, DAO or sqlc `Queries` (`s.repo`, `userStore`, `q.queries`).
 */
export const GO_REPOSITORY_CALLS = { receiver: /(repo|repository|store|dao|queries)$/i, name: /^(Get|Find|Load|Fetch|Lookup|List|Count)[A-Z]\w*$/ } as const;
