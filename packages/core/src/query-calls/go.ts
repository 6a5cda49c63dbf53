// Go ORM calls that run a query, for no-query-in-loop. database/sql, sqlx and pgx calls come
// from the shared sink catalog in ../sql-sinks.ts.

/** A family of Go query calls: the library, how its receiver is recognised, the methods that query, and the batched form. */
export interface GoQueryCalls {
  readonly library: string;
  /** Import paths of the library; the file must import one of them. */
  readonly imports: readonly string[];
  /** Methods that run a query (finishers of a chain such as `db.Where(…).First(&u)`). */
  readonly methods: readonly string[];
  /** Chain methods that only build the query: a receiver that went through one is the library's. */
  readonly builders: readonly string[];
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
    builders: ['Where', 'Or', 'Not', 'Model', 'Table', 'Preload', 'Joins', 'Select', 'Omit', 'Order', 'Limit', 'Offset', 'Group', 'Having', 'Raw', 'Unscoped', 'Clauses', 'Scopes', 'WithContext', 'Session', 'Debug', 'Distinct', 'Association'],
    writes: ['Create', 'Save', 'Delete', 'Update', 'Updates', 'UpdateColumn', 'UpdateColumns'],
    writeFix: 'write all rows at once with `CreateInBatches`/`Create(&slice)`, or one `Where("id IN ?", ids).Updates(…)`',
    fix: 'load the rows before the loop with one `Where("id IN ?", ids).Find(&rows)`, or `Preload` the association',
  },
];

/** The batched form suggested for a database/sql, sqlx or pgx call in a loop. */
export const GO_SQL_FIX = 'run one query with `IN (…)` (`sqlx.In`) or `= ANY($1)` before the loop, or batch the writes (`pgx.Batch`, one multi-row `INSERT`)';
