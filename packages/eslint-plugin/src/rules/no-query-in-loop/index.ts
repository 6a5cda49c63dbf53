import meta from '@plumbline/core/rules/no-query-in-loop';
import { RAW_SQL_FIX } from '@plumbline/core/query-calls/javascript';
import { isSchemaStatement } from '@plumbline/core/query-calls/statements';
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../create-rule.js';
import { callText, fileModules } from './chain.js';
import { isChained, type QueryCall, queryCall } from './calls.js';
import { leavesLoopAfter, runsItemStatement } from './exits.js';
import { type PerItemLoop, perItemLoop } from './loops.js';
import { isQueryTemplate } from './raw-sql.js';
import { insideBatchFunction } from './shapes.js';

const PAGE_KEYS = new Set(['take', 'skip', 'limit', 'offset', 'cursor', 'after', 'page', 'pageSize', 'perPage', 'batchSize']);
const PAGED_LOOP = /\b(LIMIT\s+[\d:$?]|OFFSET\s+[\d:$?]|take:|limit:|\.limit\(|\.take\(|cursor:)/i;
const PAGE_METHODS = new Set(['limit', 'offset', 'skip', 'take', 'paginate', 'forPage']);

// the end of a call chain: `knex('t').where(…).first()` for any call inside it
function chainTop(node: TSESTree.Node): TSESTree.Node {
  let top = node;
  while (isChained(top)) top = (top.parent as TSESTree.MemberExpression).parent;
  return top;
}

function hasPageKey(node: TSESTree.Node, depth: number): boolean {
  if (node.type !== 'ObjectExpression' || depth > 2) return false;
  return node.properties.some((p) => p.type === 'Property'
    && ((p.key.type === 'Identifier' && PAGE_KEYS.has(p.key.name)) || hasPageKey(p.value, depth + 1)));
}

// while (more) { const page = await repo.find({ skip, take }) }: one query per page of rows, not per item
function pagesThrough(top: TSESTree.Node, text: string): boolean {
  if (/\b(limit|offset|fetch\s+next)\b/i.test(text)) return true;
  for (let node: TSESTree.Node = top; node.type === 'CallExpression'; ) {
    const { callee } = node;
    if (node.arguments.some((argument) => hasPageKey(argument, 0))) return true;
    if (callee.type !== 'MemberExpression') return false;
    if (callee.property.type === 'Identifier' && PAGE_METHODS.has(callee.property.name)) return true;
    node = callee.object;
  }
  return false;
}

export default createRule(meta, (context, options) => {
  const { sourceCode } = context;
  const reported = new Set<TSESTree.Node>();
  let modules: Set<string> | undefined;

  function report(node: TSESTree.CallExpression | TSESTree.TaggedTemplateExpression, query: QueryCall, call: string): void {
    const top = chainTop(node);
    if (reported.has(top)) return;
    const loop: PerItemLoop | undefined = perItemLoop(node, { sourceCode, maxLiteralIterations: options.maxLiteralIterations });
    if (!loop || leavesLoopAfter(node, loop) || insideBatchFunction(node, options.batchFunctions, sourceCode)) return;
    // a loop that runs its own statements, or a schema statement per table, is a script
    if (query.statement && (runsItemStatement(query.statement, loop) || isSchemaStatement(sourceCode.getText(query.statement)))) return;
    // a while loop that reads a page per iteration (LIMIT, take, cursor) batches everything in it
    if (loop.conditional && (pagesThrough(top, sourceCode.getText(top)) || PAGED_LOOP.test(sourceCode.getText(loop.node)))) return;
    reported.add(top);
    // at the method that runs the query: the last line of a multi-line builder chain
    const start = node.type === 'CallExpression' && node.callee.type === 'MemberExpression' ? node.callee.property.loc.start : node.loc.start;
    context.report({ loc: { start, end: node.loc.end }, messageId: 'queryInLoop', data: { call: `\`${call}\``, loop: loop.description, fix: query.fix } });
  }

  return {
    CallExpression(node) {
      modules ??= fileModules(sourceCode.ast);
      const query = queryCall(node, { sourceCode, modules, extraQueryCalls: options.extraQueryCalls });
      if (query) report(node, query, callText(node));
    },
    TaggedTemplateExpression(node) {
      if (isQueryTemplate(node, sourceCode)) report(node, { fix: RAW_SQL_FIX }, `${sourceCode.getText(node.tag)}\`…\``);
    },
  };
});
