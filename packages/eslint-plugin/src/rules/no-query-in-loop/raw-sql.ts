// Raw SQL calls in a loop, from the catalog shared with parameterized-sql: `pool.query(…)`,
// `db.prepare(…).get(id)`, `sequelize.query(…)`, and postgres.js-style tagged templates.
import { looksLikeSql } from '@plumbline/core/sql-sinks';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { sinkCall } from '../../util/sql-sinks.js';
import { valueOf } from '../../util/sql-value.js';
import { type Chain, fromModules } from './chain.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
// names that run a statement on a handle; `get`, `all`, `run`, `exec` need more proof (Maps, HTTP clients and caches have them)
const RUNS_STATEMENT = new Set(['query', 'execute', 'executeQuery', 'unsafe', 'raw']);
// tags that send the template to the database when awaited
const QUERY_TAG_MODULES = ['postgres', '@vercel/postgres', '@neondatabase/serverless'];

function sqlText(node: TSESTree.Node, sourceCode: SourceCode): string {
  return valueOf(node, { sourceCode, allowedTags: [], allowNonStringValues: false, seen: new Set() }).text;
}

/** Whether a call runs raw SQL on a database handle. */
export function rawSqlCall(node: TSESTree.CallExpression, chain: Chain, sourceCode: SourceCode): boolean {
  const call = sinkCall(node, sourceCode.getScope(node), []);
  const method = chain.names.at(-1) ?? '';
  if (!call || call.sink.fragment || method === 'prepare') return false;
  if (call.sink.strong) return true;
  const [first] = node.arguments;
  if (!first || first.type === 'ObjectExpression' || first.type === 'SpreadElement' || first.type.includes('Function')) return false;
  if (call.provenHandle) return true;
  if (call.knownHandle && (RUNS_STATEMENT.has(method) || chain.called.includes('prepare'))) return true;
  return looksLikeSql(sqlText(first, sourceCode));
}

/** Whether a tagged template is a query sent by its tag: `` await sql`SELECT …` `` with postgres.js, `@vercel/postgres` or Neon. */
export function isQueryTemplate(node: TSESTree.TaggedTemplateExpression, sourceCode: SourceCode): boolean {
  const parent = node.parent;
  // a fragment nested in another template or passed to a call is not a query of its own
  if (parent.type === 'TemplateLiteral' || parent.type === 'CallExpression' || parent.type === 'NewExpression') return false;
  return node.tag.type === 'Identifier' && fromModules(node.tag, QUERY_TAG_MODULES, sourceCode);
}
