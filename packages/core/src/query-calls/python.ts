// Python ORM calls that run a query, for no-query-in-loop. Raw-SQL calls (DB-API cursors,
// asyncpg, SQLAlchemy `execute`) come from the shared sink catalog in ../sql-sinks.ts.

/** How a query call's receiver is recognised in a call chain (`Post.objects.filter(…).first()`). */
export type PythonReceiver =
  /** A Django model manager: `Model.objects`, `Model._default_manager`, `self.model.objects`. */
  | 'django-manager'
  /** A Django shortcut called as a function: `get_object_or_404(Model, pk=…)`. */
  | 'django-shortcut'
  /** A Django related manager on a loop item: `order.lines.all()`. */
  | 'django-related'
  /** A Django model instance: an item of a queryset loop (`line.save()`), or one built in the loop (`Line(…).save()`). */
  | 'django-instance'
  /** A SQLAlchemy session: `session`, `db.session`, `self.db_session`, `async_session`. */
  | 'sqlalchemy-session'
  /** A Flask-SQLAlchemy model query: `User.query`. */
  | 'model-query';

/** A family of ORM calls: the library, its receiver shape, the method names that query, and the batched form. */
export interface PythonQueryCalls {
  readonly library: string;
  readonly receiver: PythonReceiver;
  /** Methods that run a query (or return a lazy queryset that is evaluated where it is used). */
  readonly methods: readonly string[];
  /** Of `methods`, those that only build a lazy queryset: a query only once the result is used. */
  readonly lazy?: readonly string[];
  /** Methods that write, with their batched form. */
  readonly writes?: readonly string[];
  readonly writeFix?: string;
  /** The batched form, as the message's `{{fix}}`. */
  readonly fix: string;
  /** Per-method batched forms, over `fix` and `writeFix`. */
  readonly fixes?: Readonly<Record<string, string>>;
}

// Django's async query methods (4.1+): aget, acount, … run a query like their sync twins
const DJANGO_ASYNC = ['aget', 'afirst', 'alast', 'acount', 'aexists', 'aaggregate', 'ain_bulk', 'aearliest', 'alatest', 'acreate', 'aget_or_create', 'aupdate_or_create', 'aupdate', 'adelete'];

const DJANGO_LAZY = ['all', 'filter', 'exclude', 'values', 'values_list', 'order_by', 'annotate', 'distinct', 'only', 'defer', 'select_related', 'prefetch_related', 'using', 'select_for_update'];

/** The ORM query calls of Python. */
export const PYTHON_QUERY_CALLS: readonly PythonQueryCalls[] = [
  {
    library: 'Django',
    receiver: 'django-manager',
    methods: [
      'get', 'first', 'last', 'count', 'exists', 'aggregate', 'in_bulk', 'earliest', 'latest', 'iterator',
      'create', 'get_or_create', 'update_or_create', 'update', 'delete', 'raw', ...DJANGO_LAZY, ...DJANGO_ASYNC,
    ],
    lazy: DJANGO_LAZY,
    writes: ['create', 'get_or_create', 'update_or_create', 'update', 'delete', 'acreate', 'aget_or_create', 'aupdate_or_create', 'aupdate', 'adelete'],
    writeFix: 'collect the objects and write them once with `bulk_create`/`bulk_update`, or one `filter(<field>__in=…).update(…)`',
    fix: 'load the rows before the loop with one `filter(<field>__in=…)` query (or `in_bulk`), or `select_related`/`prefetch_related` on the loop\'s queryset',
  },
  {
    library: 'Django',
    receiver: 'django-shortcut',
    methods: ['get_object_or_404', 'get_list_or_404'],
    fix: 'load the rows before the loop with one `filter(<field>__in=…)` query (or `in_bulk`)',
  },
  {
    library: 'Django',
    receiver: 'django-related',
    methods: ['all', 'filter', 'exclude', 'count', 'exists', 'first', 'last', 'aggregate', 'create', 'get_or_create', 'update', 'delete', 'values', 'values_list', 'order_by', 'acount', 'aexists', 'afirst', 'alast'],
    lazy: ['filter', 'exclude', 'values', 'values_list', 'order_by'],
    writes: ['create', 'get_or_create', 'update', 'delete'],
    writeFix: 'collect the objects and write them once with `bulk_create`/`bulk_update`',
    fix: '`prefetch_related` the relation on the loop\'s queryset (with a `Prefetch(…, queryset=…)` for a filter)',
  },
  {
    library: 'Django',
    receiver: 'django-instance',
    methods: ['save', 'delete', 'refresh_from_db'],
    writes: ['save', 'delete'],
    fixes: {
      save: 'collect the changed objects and save them once with `bulk_update(objs, fields)`, or one `queryset.update(…)`',
      delete: 'delete them in one query with `queryset.delete()` (or `filter(pk__in=…).delete()`)',
    },
    fix: 'reload the objects with one `filter(pk__in=…)` query (or `in_bulk`) instead',
  },
  {
    library: 'SQLAlchemy',
    receiver: 'sqlalchemy-session',
    // exec: SQLModel's session.exec(select(…))
    methods: ['query', 'get', 'get_one', 'execute', 'exec', 'scalars', 'scalar', 'merge', 'refresh'],
    fix: 'load the rows before the loop with one query (`where(Model.id.in_(ids))`), or eager-load the relation with `selectinload`/`joinedload`',
  },
  {
    library: 'Flask-SQLAlchemy',
    receiver: 'model-query',
    methods: ['get', 'get_or_404', 'first', 'first_or_404', 'one', 'one_or_none', 'all', 'count', 'filter', 'filter_by', 'order_by', 'join', 'limit', 'paginate', 'delete', 'update', 'scalar'],
    fix: 'load the rows before the loop with one query (`filter(Model.id.in_(ids))`), or eager-load the relation with `selectinload`/`joinedload`',
  },
];

/** The batched form suggested for saving a Django model instance built in the loop (`Line(…).save()`). */
export const DJANGO_NEW_INSTANCE_FIX = 'build the objects in the loop and insert them once with `bulk_create(objs)`';

/** The batched form suggested for a raw-SQL call (DB-API, asyncpg) in a loop. */
export const PYTHON_SQL_FIX = 'run one query with `IN (…)`/`= ANY(%s)` before the loop, or `executemany` for writes';

/** Calls that turn a lazy queryset into rows; a lazy chain passed to anything else (a subquery, `Prefetch`) is not run. */
export const PYTHON_EVALUATING_CALLS: readonly string[] = ['list', 'set', 'tuple', 'len', 'bool', 'sorted', 'sum', 'any', 'all', 'dict', 'enumerate', 'zip', 'next', 'iter', 'min', 'max'];

/** Names of DataLoader batch functions: loops inside them batch on purpose. */
export const PYTHON_BATCH_FUNCTIONS: readonly string[] = ['batch_load', 'batch_load_fn', 'load_batch'];

/**
 * Per-item reads through a data-access object (option `repositoryCalls`): a method named like a
 * lookup with a subject (`get_by_id`, `find_user`, not a bare `get`) on a receiver named as a
 * repository, store or DAO (`self.repo`, `user_repository`, `order_store`).
 */
export const PYTHON_REPOSITORY_CALLS = { receiver: /(repo|repository|_store|^store|dao)$/i, name: /^(get|find|load|fetch|lookup)_\w+$/ } as const;
