// Whether a JS/TS call runs a database query, from the ORM catalog in core and the shared SQL
// sink catalog, and which batched form to suggest. A method name alone is never enough: the
// receiver has to be a model, a repository, an entity manager, a client delegate or a handle.
import {
  CLIENT_NAMES, GENERIC_FIX, JS_QUERY_CALLS, type JsQueryCalls, type JsReceiverShape, KNEX_NAMES, MANAGER_NAMES, RAW_SQL_FIX, REPOSITORY_NAMES,
} from '@plumbline/core/query-calls/javascript';
import { globToRegExp } from '@plumbline/core/rules/no-query-in-loop';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { type Chain, chainOf, fromModules, originOf } from './chain.js';
import { loadingCall } from './instances.js';
import { isModelClass } from './models.js';
import { rawSqlCall } from './raw-sql.js';

/** A call that runs a query, and the batched form to suggest. */
export interface QueryCall {
  readonly fix: string;
  /** The SQL text argument of a raw SQL call. */
  readonly statement?: TSESTree.Node;
}

/** What classifying needs besides the call. */
export interface CallContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** Modules the file imports. */
  readonly modules: ReadonlySet<string>;
  readonly extraQueryCalls: readonly string[];
}

const REPOSITORY_CALLS = ['getRepository', 'getCustomRepository', 'getMongoRepository', 'getTreeRepository', 'withRepository'];
// custom repository methods: findByEmail, countActive, saveAll…
const CUSTOM_REPOSITORY_METHOD = /^(find|count|exists|save|delete|remove|insert|upsert|load|fetch|list)[A-Z]\w*$/;
const DISTINCT_DELEGATE_METHODS = /^(findUnique|findFirst|findMany|aggregate|groupBy|upsert|createMany|updateMany|deleteMany)/;

const entries = (shape: JsReceiverShape) => JS_QUERY_CALLS.filter((entry) => entry.shape === shape);
const usesModule = (entry: JsQueryCalls, context: CallContext) => entry.modules.some((module) => [...context.modules].some((m) => m === module || m.startsWith(`${module}/`)));
const kind = (entry: JsQueryCalls, method: string): 'read' | 'write' | undefined => (entry.writes.includes(method) ? 'write' : entry.reads.includes(method) || entry.reads.includes('*') ? 'read' : undefined);

// the libraries of a shape that have the method; the ones the file imports win
function pick(shape: JsReceiverShape, method: string, context: CallContext, extra?: RegExp): QueryCall | undefined {
  const having = entries(shape).filter((entry) => kind(entry, method) !== undefined);
  const imported = having.filter((entry) => usesModule(entry, context));
  const entry = imported[0] ?? (entries(shape).some((e) => usesModule(e, context)) ? undefined : having[0]);
  if (entry) return { fix: entry.fix[kind(entry, method) ?? 'read'] };
  return extra?.test(method) ? { fix: GENERIC_FIX } : undefined;
}

function extraCall(chain: Chain, context: CallContext): QueryCall | undefined {
  const method = chain.names.at(-1) ?? '';
  const receiver = chain.names.slice(0, -1).join('.');
  const matches = context.extraQueryCalls.some((entry) => {
    const dot = entry.lastIndexOf('.');
    return globToRegExp(entry.slice(dot + 1)).test(method) && (dot < 0 || globToRegExp(entry.slice(0, dot)).test(receiver));
  });
  return matches ? { fix: GENERIC_FIX } : undefined;
}

// new PrismaClient(), `import db from '@/lib/prisma'`, `const { client } = prisma`
function prismaRoot(root: TSESTree.Identifier, context: CallContext): boolean {
  if (fromModules(root, ['@prisma/client', 'drizzle-orm'], context.sourceCode)) return true;
  const origin = originOf(root, context.sourceCode);
  if (origin.module !== undefined) return /prisma|drizzle/i.test(origin.module);
  return origin.destructured?.type === 'Identifier' && /prisma/i.test(origin.destructured.name);
}

// prisma.user.findMany(), this.prisma.order.count(), tx.user.update(), db.query.users.findFirst()
function delegateCall(chain: Chain, context: CallContext): QueryCall | undefined {
  const [client, model, method] = chain.names.slice(-3);
  if (!client || !model || !method || !/^[a-z]/.test(model) || chain.called.includes(model)) return undefined;
  const known = CLIENT_NAMES.test(client) || /prisma/i.test(client)
    || (chain.names.length === 3 && chain.root !== undefined && prismaRoot(chain.root, context));
  return known || DISTINCT_DELEGATE_METHODS.test(method) ? pick('client-delegate', method, { ...context, modules: new Set() }) : undefined;
}

function builtFrom(chain: Chain, calls: readonly string[], context: CallContext): boolean {
  if (chain.called.some((name) => calls.includes(name))) return true;
  const init = chain.root && originOf(chain.root, context.sourceCode).init;
  return init?.type === 'CallExpression' && chainOf(init.callee).names.some((name) => calls.includes(name));
}

function repositoryCall(chain: Chain, context: CallContext): QueryCall | undefined {
  const method = chain.names.at(-1) ?? '';
  const receiver = chain.names.at(-2) ?? '';
  if (builtFrom(chain, ['createQueryBuilder'], context)) return pick('query-builder', method, context);
  // em.fork().find(…): a forked entity manager
  if (receiver === 'fork' && MANAGER_NAMES.test(chain.names.at(-3) ?? '')) return pick('entity-manager', method, context);
  if (chain.called.includes(receiver) && !REPOSITORY_CALLS.includes(receiver)) return undefined;
  if (REPOSITORY_NAMES.test(receiver) || builtFrom(chain, REPOSITORY_CALLS, context)) return pick('repository', method, context, CUSTOM_REPOSITORY_METHOD);
  return MANAGER_NAMES.test(receiver) ? pick('entity-manager', method, context) : undefined;
}

function modelCall(chain: Chain, context: CallContext): QueryCall | undefined {
  const method = chain.names.at(-1) ?? '';
  return isModelClass(chain, context.sourceCode) ? pick('model-class', method, context) : undefined;
}

// knex('users').where(…).first(), db('orders').insert(rows): reported once, at the end of the chain
function knexCall(node: TSESTree.CallExpression, chain: Chain, context: CallContext): QueryCall | undefined {
  const root = chain.root;
  if (!root || !chain.rootCall || chain.rootCall === node || isChained(node)) return undefined;
  const [table] = chain.rootCall.arguments;
  const named = KNEX_NAMES.test(root.name) && (table?.type === 'Literal' || table?.type === 'TemplateLiteral');
  if (!named && !fromModules(root, ['knex'], context.sourceCode)) return undefined;
  const knex = entries('knex-builder')[0];
  if (!knex) return undefined;
  return { fix: chain.names.some((name) => knex.writes.includes(name)) ? knex.fix.write : knex.fix.read };
}

// for (const order of await Order.findAll()) await order.save(): a write per loaded row
function instanceCall(chain: Chain, context: CallContext): QueryCall | undefined {
  const method = chain.names.at(-1) ?? '';
  const entry = entries('loaded-instance')[0];
  const loader = entry && kind(entry, method) ? loadingCall(chain, context.sourceCode) : undefined;
  return entry && loader && queryCall(loader, context) ? { fix: entry.fix[kind(entry, method) ?? 'write'] } : undefined;
}

// pool.query(sql, …): the SQL is the first argument, except on a prepared statement (`db.prepare(sql).get(id)`)
function rawQuery(node: TSESTree.CallExpression, chain: Chain, context: CallContext): QueryCall | undefined {
  if (!rawSqlCall(node, chain, context.sourceCode)) return undefined;
  return { fix: RAW_SQL_FIX, statement: chain.called.includes('prepare') ? undefined : node.arguments[0] };
}

/** Whether the call goes on in a longer chain: `x.where()` in `x.where().first()`. */
export function isChained(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return parent?.type === 'MemberExpression' && parent.object === node && parent.parent.type === 'CallExpression' && parent.parent.callee === parent;
}

/** The query a call runs, if the rule can tell it is one. */
export function queryCall(node: TSESTree.CallExpression, context: CallContext): QueryCall | undefined {
  const chain = chainOf(node.callee);
  if (chain.names.length === 0) return undefined;
  if (node.callee.type !== 'MemberExpression') return chain.rootCall ? undefined : extraCall(chain, context);
  return extraCall(chain, context) ?? delegateCall(chain, context) ?? repositoryCall(chain, context) ?? modelCall(chain, context)
    ?? knexCall(node, chain, context) ?? instanceCall(chain, context) ?? rawQuery(node, chain, context);
}
