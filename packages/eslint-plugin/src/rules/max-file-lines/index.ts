import meta from '@plumbline/core/rules/max-file-lines';
import { createRule } from '../../create-rule.js';
import { sourceLineCounts } from '../../util/count-lines.js';

// A function (of any kind) or a loop is logic; a file without any is a declaration file: imports,
// exports, types, constants, data and top-level calls (see `skipDeclarationFiles`).
const logic = [
  'FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression',
  'ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement',
] as const;

export default createRule(meta, (context, options) => {
  let hasLogic = false;
  const sawLogic = (): void => {
    hasLogic = true;
  };
  return {
    ...Object.fromEntries(logic.map((type) => [type, sawLogic])),
    'Program:exit'() {
      if (options.skipDeclarationFiles && !hasLogic) return;
      const { sourceCode } = context;
      const counts = sourceLineCounts(sourceCode, options);
      // reported on the line that holds the first counted line past the limit
      const line = counts.lineOf(options.max + 1);
      if (line === undefined) return;
      const loc = { start: { line, column: 0 }, end: { line, column: sourceCode.lines[line - 1]?.length ?? 0 } };
      context.report({ loc, messageId: 'tooLong', data: { actual: counts.total, max: options.max } });
    },
  };
});
