// JS/TS helpers of the file that run the SQL they are given: `function run(sql) { return
// pool.query(sql) }`. SQL built by a caller and passed to such a helper is reported at the call.
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { SinkCall } from '../../util/sql-sinks.js';
import { type Fn, functionOf } from '../../util/sql-returns.js';

interface Helper {
  readonly index: number;
  readonly call: SinkCall;
}

/** The functions of one file whose parameter is the SQL of a sink they call, and the calls that may reach them. */
export class Helpers {
  private readonly helpers = new Map<Fn, Helper>();
  private readonly calls: TSESTree.CallExpression[] = [];

  /** Notes a call by name (`run(…)`): it may call a helper declared later in the file. */
  noteCall(node: TSESTree.CallExpression, isSink: boolean): void {
    // a helper named like a sink (`query(sql)`) is checked once, as the sink
    const { callee } = node;
    const byName = callee.type === 'Identifier' || (callee.type === 'MemberExpression' && callee.object.type === 'ThisExpression');
    if (byName && !isSink) this.calls.push(node);
  }

  /** Notes a sink's SQL argument: a parameter of the function around it, never written, makes that function a helper. */
  noteSink(argument: TSESTree.Node, call: SinkCall, scope: TSESLint.Scope.Scope): void {
    if (argument.type !== 'Identifier') return;
    const variable = ASTUtils.findVariable(scope, argument);
    const definition = variable?.defs[0];
    if (definition?.type !== 'Parameter' || variable?.references.some((reference) => reference.isWrite())) return;
    const fn = definition.node;
    if (fn.type !== 'FunctionDeclaration' && fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return;
    const index = fn.params.indexOf(definition.name as TSESTree.Parameter);
    const name = `${call.name} on line ${argument.loc.start.line}`;
    if (index >= 0 && !this.helpers.has(fn)) this.helpers.set(fn, { index, call: { ...call, name } });
  }

  /** Each call of a helper, with the argument that carries its SQL and the sink the helper runs it with. */
  helperCalls(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): { node: TSESTree.CallExpression; argument: TSESTree.Node; call: SinkCall }[] {
    if (this.helpers.size === 0) return [];
    return this.calls.flatMap((node) => {
      const fn = functionOf(node.callee, context.sourceCode.getScope(node));
      const helper = fn && this.helpers.get(fn);
      const argument = helper && node.arguments[helper.index];
      if (!helper || !argument || argument.type === 'SpreadElement') return [];
      const name = node.callee.type === 'Identifier' ? node.callee.name : context.sourceCode.getText(node.callee);
      return [{ node, argument, call: { ...helper.call, name: `${name} (which passes it to ${helper.call.name})` } }];
    });
  }
}
