import meta from '@plumbline/core/rules/max-function-lines';
import { createRule } from '../../create-rule.js';
import { sourceLineCounts } from '../../util/count-lines.js';
import { type FunctionNode, functionExtent, functionName } from './function-name.js';

export default createRule(meta, (context, options) => {
  const { sourceCode } = context;
  const counts = sourceLineCounts(sourceCode, options);
  const check = (node: FunctionNode): void => {
    // `(x) => x * 2` has no statements to count
    if (node.body.type !== 'BlockStatement') return;
    const { loc } = functionExtent(node);
    const actual = counts.between(loc.start.line, loc.end.line);
    if (actual <= options.max) return;
    const { name, loc: at } = functionName(node, sourceCode);
    context.report({ loc: at, messageId: 'tooLong', data: { name, actual, max: options.max } });
  };
  return { FunctionDeclaration: check, FunctionExpression: check, ArrowFunctionExpression: check };
});
