import meta from '@plumbline/core/rules/parameterized-sql';
import { holesKind } from '@plumbline/core/sql-identifiers';
import { isSqlSink } from '@plumbline/core/sql-sinks';
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../create-rule.js';
import { recordRelated } from '../../related.js';
import { type SinkCall, sinkCall } from '../../util/sql-sinks.js';
import { valueOf } from '../../util/sql-value.js';
import { Helpers } from './helpers.js';

// sequelize.query(sql, { replacements: { id } }): the driver binds the values
function hasBindingOptions(node: TSESTree.CallExpression, call: SinkCall): boolean {
  const keys = call.sink.bindingOptions ?? [];
  return node.arguments.slice(call.sink.argument + 1).some((argument) => argument.type === 'ObjectExpression'
    && argument.properties.some((property) => property.type === 'Property' && property.key.type === 'Identifier' && keys.includes(property.key.name)));
}

// knex's where('column', value) and orderBy('column', 'desc') name a column; TypeORM's where(sql, { params }) is SQL
function isColumnForm(node: TSESTree.CallExpression, call: SinkCall): boolean {
  const second = node.arguments[1];
  return call.sink.fragment === true && !call.sink.strong && second !== undefined && second.type !== 'ObjectExpression';
}

export default createRule(meta, (context, options) => {
  const helpers = new Helpers();
  // reports SQL passed to a sink (or to a helper of the file that passes it to one) when it was built
  const check = (node: TSESTree.CallExpression, argument: TSESTree.Node, call: SinkCall): void => {
    const valueContext = { sourceCode: context.sourceCode, allowedTags: options.allowedTags, allowNonStringValues: options.allowNonStringValues, seen: new Set<TSESTree.Node>(), bound: new Map() };
    const value = valueOf(argument, valueContext);
    if (value.kind !== 'built' || !isSqlSink(call, value.text)) return;
    // a name (CREATE DATABASE "${db}") cannot be bound: reported only on request
    const holes = holesKind(value.text);
    if (holes === 'statement' || (holes === 'name' && !options.reportIdentifiers)) return;
    const names = holes === 'name';
    const [from, to] = value.site.range;
    const inCall = from >= node.range[0] && to <= node.range[1];
    const start = node.callee.type === 'MemberExpression' ? node.callee.property.loc.start : node.loc.start;
    context.report({
      loc: { start, end: node.loc.end },
      messageId: names ? 'builtIdentifier' : 'builtQuery',
      data: { sink: call.name, how: value.how, where: inCall ? '' : ` on line ${value.site.loc.start.line}` },
    });
    if (!inCall) recordRelated(context.id, start, [{ loc: value.site.loc, message: `SQL built by ${value.how} here` }]);
  };
  return {
    CallExpression(node) {
      const call = sinkCall(node, context.sourceCode.getScope(node), options.extraSinks);
      helpers.noteCall(node, call !== undefined);
      if (!call || hasBindingOptions(node, call) || isColumnForm(node, call)) return;
      const argument = node.arguments[call.sink.argument];
      if (!argument || argument.type === 'SpreadElement') return;
      helpers.noteSink(argument, call, context.sourceCode.getScope(node));
      check(node, argument, call);
    },
    'Program:exit'() {
      for (const { node, argument, call } of helpers.helperCalls(context)) check(node, argument, call);
    },
  };
});
