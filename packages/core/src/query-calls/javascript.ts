// ORM and query-builder calls that reach the database in JS/TS, as data for no-query-in-loop.
// Raw SQL calls are not listed here: they come from the shared catalog in ../sql-sinks.ts.
// The ESLint rule decides how each receiver shape is recognised; this file says which names count.

/** How a query call's receiver looks. */
export type JsReceiverShape =
  /** `prisma.user.findMany()`, `this.prisma.user…`, `tx.user…`, Drizzle's `db.query.users.findMany()`. */
  | 'client-delegate'
  /** `User.findAll()` on a model class: imported from a models path, `sequelize.define`, `mongoose.model`, `extends Model`. */
  | 'model-class'
  /** `userRepository.findOneBy()`, `this.repo.find()`, `getRepository(User).findOne()`. */
  | 'repository'
  /** `manager.find(User, …)`, `dataSource.manager.save()`, MikroORM `em.findOne(User, …)`. */
  | 'entity-manager'
  /** `repo.createQueryBuilder('u')….getMany()`: the terminal method runs the query. */
  | 'query-builder'
  /** `knex('users').where(…)`, `db('users')`: a builder chain started by calling the knex handle. */
  | 'knex-builder'
  /** `order.save()` on the loop item of rows that a query above loaded (`for (const order of await Order.findAll())`). */
  | 'loaded-instance';

/** One library's query calls on one receiver shape, and the batched form to suggest. */
export interface JsQueryCalls {
  readonly library: string;
  readonly shape: JsReceiverShape;
  /** Methods that read; `'*'` means any method of the chain (knex builders run when awaited). */
  readonly reads: readonly string[];
  readonly writes: readonly string[];
  /** Suggested batched form, completing "…; {{fix}}." */
  readonly fix: { readonly read: string; readonly write: string };
  /** Modules whose import tells that a file uses this library. */
  readonly modules: readonly string[];
}

const TYPEORM_READS = ['find', 'findBy', 'findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'findAndCount', 'findAndCountBy', 'findByIds', 'count', 'countBy', 'exist', 'exists', 'existsBy', 'sum', 'average', 'minimum', 'maximum', 'preload'];
const TYPEORM_WRITES = ['save', 'insert', 'update', 'upsert', 'delete', 'remove', 'softDelete', 'softRemove', 'restore', 'recover', 'increment', 'decrement'];
const TYPEORM_FIX = {
  read: 'fetch them in one `find({ where: { id: In(ids) } })`, or load the relation with `relations` or `leftJoinAndSelect`',
  write: 'save an array in one `save(entities)` call, or `update({ id: In(ids) }, …)`',
};
const MIKRO_READS = ['findAll', 'findOneOrFail', 'findAndCount', 'count', 'find', 'findOne'];
const MIKRO_WRITES = ['nativeInsert', 'nativeUpdate', 'nativeDelete', 'upsert', 'upsertMany', 'persistAndFlush', 'removeAndFlush', 'flush', 'insertMany'];
const MIKRO_FIX = {
  read: 'fetch them in one `em.find(Entity, { id: { $in: ids } })`, or `populate` the relation',
  write: 'persist every entity first and `flush()` once after the loop',
};

/** Every JS/TS ORM and builder call the rule knows, per library and receiver shape. */
export const JS_QUERY_CALLS: readonly JsQueryCalls[] = [
  {
    library: 'Prisma', shape: 'client-delegate', modules: ['@prisma/client', 'drizzle-orm'],
    reads: ['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy'],
    writes: ['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'upsert', 'delete', 'deleteMany'],
    fix: {
      read: 'fetch them in one `findMany({ where: { id: { in: ids } } })`, or load the relation with `include`',
      write: 'write them in one `createMany`/`updateMany`, or one `$transaction([...])`',
    },
  },
  {
    library: 'Sequelize', shape: 'model-class', modules: ['sequelize', 'sequelize-typescript'],
    reads: ['findOne', 'findAll', 'findByPk', 'findAndCountAll', 'findOrCreate', 'count', 'max', 'min', 'sum'],
    writes: ['create', 'bulkCreate', 'update', 'destroy', 'upsert', 'increment', 'decrement', 'restore'],
    fix: {
      read: 'fetch them in one `findAll({ where: { id: ids } })`, or eager-load the association with `include`',
      write: 'write them in one `bulkCreate`, or one `update`/`destroy` with `where: { id: ids }`',
    },
  },
  {
    library: 'Mongoose', shape: 'model-class', modules: ['mongoose'],
    reads: ['find', 'findOne', 'findById', 'countDocuments', 'estimatedDocumentCount', 'exists', 'distinct', 'aggregate'],
    writes: ['create', 'insertMany', 'updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'replaceOne', 'bulkWrite', 'findByIdAndUpdate', 'findByIdAndDelete', 'findOneAndUpdate', 'findOneAndDelete', 'findOneAndReplace'],
    fix: {
      read: 'fetch them in one `find({ _id: { $in: ids } })`, or `populate` the reference',
      write: 'write them in one `insertMany` or `bulkWrite`',
    },
  },
  { library: 'TypeORM', shape: 'model-class', modules: ['typeorm'], reads: TYPEORM_READS, writes: TYPEORM_WRITES, fix: TYPEORM_FIX },
  { library: 'TypeORM', shape: 'repository', modules: ['typeorm', '@nestjs/typeorm'], reads: TYPEORM_READS, writes: TYPEORM_WRITES, fix: TYPEORM_FIX },
  { library: 'TypeORM', shape: 'entity-manager', modules: ['typeorm'], reads: TYPEORM_READS, writes: TYPEORM_WRITES, fix: TYPEORM_FIX },
  { library: 'MikroORM', shape: 'repository', modules: ['@mikro-orm/core', '@mikro-orm/postgresql', '@mikro-orm/knex'], reads: MIKRO_READS, writes: MIKRO_WRITES, fix: MIKRO_FIX },
  { library: 'MikroORM', shape: 'entity-manager', modules: ['@mikro-orm/core', '@mikro-orm/postgresql', '@mikro-orm/knex'], reads: MIKRO_READS, writes: MIKRO_WRITES, fix: MIKRO_FIX },
  {
    library: 'TypeORM', shape: 'query-builder', modules: ['typeorm'],
    reads: ['getOne', 'getOneOrFail', 'getMany', 'getRawOne', 'getRawMany', 'getCount', 'getManyAndCount', 'getExists', 'stream'],
    writes: ['execute'],
    fix: { read: 'run one query for every id with `where(\'id IN (:...ids)\', { ids })` and group the rows in memory', write: 'run one `update`/`insert` for all rows' },
  },
  {
    library: 'knex', shape: 'knex-builder', modules: ['knex'], reads: ['*'], writes: ['insert', 'update', 'del', 'delete', 'upsert'],
    fix: { read: 'query once with `whereIn(column, ids)` and group the rows in memory', write: 'insert or update all rows in one statement (`insert(rows)`)' },
  },
  {
    library: 'Sequelize, Mongoose, TypeORM', shape: 'loaded-instance', modules: [], reads: ['reload'],
    writes: ['save', 'update', 'destroy', 'restore', 'increment', 'decrement', 'remove', 'softRemove', 'deleteOne'],
    fix: {
      read: 'load the rows once, with the data they need, before the loop',
      write: 'write all rows in one bulk statement (`update(…, { where: { id: ids } })`, `bulkWrite`, `save(entities)`)',
    },
  },
];

/** The batched form to suggest for raw SQL sinks from the shared catalog. */
export const RAW_SQL_FIX = 'query once with `WHERE id = ANY($1)` or `IN (…)` for all items and group the rows in memory';
/** The batched form to suggest for configured calls and libraries the rule cannot tell apart. */
export const GENERIC_FIX = 'load all items in one batched query (`IN (…)`), eager-load the relation, or use a DataLoader';

/** Receiver names that hold a Prisma (or Drizzle) client whose delegates run queries; not `client` (`client.messages.create` is an API SDK). */
export const CLIENT_NAMES = /^(prisma|prismaClient|prismaService|tx|db|database|orm)$/i;
/** Receiver names of repositories (TypeORM, MikroORM, NestJS `@InjectRepository` properties). */
export const REPOSITORY_NAMES = /^(repo|repository|\w+Repo|\w+Repository)_?$/;
/** Receiver names of entity managers. */
export const MANAGER_NAMES = /^(manager|entityManager|em|transactionalEntityManager|txManager|transactionManager|activeManager)_?$/;
/** Receiver names of knex handles that run a query when called: `knex('users')`, `db('users')`. */
export const KNEX_NAMES = /^(knex|db|trx|database|pg|mysql|sqlite)$/;
/** Import paths that hold the project's models, entities or schemas. */
export const MODEL_PATHS = /(^|\/)(models?|entities|entity|schemas?|db|database)(\/|$)|\.(model|entity|schema)s?$/i;
/** Calls that build a model class: `sequelize.define('User', …)`, `mongoose.model('User', schema)`. */
export const MODEL_FACTORIES = ['define', 'model'];
/** Base classes of model classes: Sequelize `Model`, TypeORM `BaseEntity`. */
export const MODEL_BASES = ['Model', 'BaseEntity'];
/** Calls whose callback runs inside one transaction, once, right away: the loop around them is still the loop. */
export const TRANSACTION_CALLS = ['$transaction', 'transaction', 'withTransaction', 'runInTransaction'];
/** Calls that create a DataLoader: their first argument is a batch function. */
export const BATCH_LOADERS = ['DataLoader'];
