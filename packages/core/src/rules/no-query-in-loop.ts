import { defineRule } from '../define-rule.js';

/** Options of `no-query-in-loop`. */
export interface NoQueryInLoopOptions {
  extraQueryCalls: string[];
  batchFunctions: string[];
  maxLiteralIterations: number;
  followHelpers: boolean;
  guessRelations: boolean;
  repositoryCalls: boolean;
  xormCalls: boolean;
}
const defaults: NoQueryInLoopOptions = {
  extraQueryCalls: [], batchFunctions: [], maxLiteralIterations: 5, followHelpers: true, guessRelations: true, repositoryCalls: false, xormCalls: false,
};

const NAMES = { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } };

export default defineRule({
  id: 'no-query-in-loop',
  description: 'Disallow database queries that run once per iteration of a loop (N+1)',
  rationale: 'A query per item turns one round trip into N; the standard is to prevent N+1 queries with eager loading or one batched query.',
  category: 'performance', severity: 'warning', precision: 'high',
  status: 'stable', since: '0.1.0',
  languages: ['javascript', 'typescript', 'python', 'go'],
  cwe: ['CWE-1050'],
  tags: ['performance', 'database', 'n+1'],
  roles: ['source'],
  // recommended follows the judged real-code precision in docs/accuracy.md (>= 0.9, debatable as false, >= 30 judged over >= 2 repositories)
  presets: { strict: true },
  messages: {
    queryInLoop: '{{call}} runs a query on every iteration of {{loop}}; {{fix}}.',
    lazyRelation: '`{{access}}` loads {{relation}} from the database on every iteration of {{loop}}; {{fix}}.',
  },
  options: {
    defaults,
    schema: {
      type: 'object', additionalProperties: false, properties: {
        extraQueryCalls: {
          ...NAMES,
          description: 'More calls that run a query, as `name` or `receiver.name`, where `*` matches any part of a name (`userStore.load`, `*Repo.fetch*`).',
        },
        batchFunctions: {
          ...NAMES,
          description: 'Functions whose body batches on purpose (DataLoader batch functions, bulk helpers): loops inside them are not reported.',
        },
        maxLiteralIterations: {
          type: 'integer', minimum: 0,
          description: 'A loop over a literal list of at most this many items runs a fixed, small number of times and is not reported.',
        },
        followHelpers: {
          type: 'boolean',
          description: 'Python and Go: report a call in a loop to a function or method of the same file that runs a query (one level of call-following).',
        },
        guessRelations: {
          type: 'boolean',
          description: 'Python (Django, SQLAlchemy): for a model declared in another file, take an attribute read through a loop item\'s attribute (`order.customer.name`) on a queryset or query without eager loading for a lazy relation read.',
        },
        repositoryCalls: {
          type: 'boolean',
          description: 'Python and Go: report per-item lookups through a repository, store or DAO (`self.repo.get_by_id(i)`, `s.userStore.GetByID(ctx, id)`, sqlc `queries.GetUser`).',
        },
        xormCalls: { type: 'boolean', description: 'Go: report XORM engine and session calls (`x.Where(…).Get(&u)`, `sess.Insert(…)`) in files that import XORM.' },
      },
    },
  },
});

/** An `extraQueryCalls` / `batchFunctions` glob as an anchored regular expression: `*` matches any part of a name. */
export const globToRegExp = (glob: string): RegExp => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
