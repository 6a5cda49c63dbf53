import meta from '@plumbline/core/rules/max-file-lines';
import { createRule } from '../../create-rule.js';
import { sourceLineCounts } from '../../util/count-lines.js';

export default createRule(meta, (context, options) => ({
  'Program:exit'() {
    const { sourceCode } = context;
    const counts = sourceLineCounts(sourceCode, options);
    // reported on the line that holds the first counted line past the limit
    const line = counts.lineOf(options.max + 1);
    if (line === undefined) return;
    const loc = { start: { line, column: 0 }, end: { line, column: sourceCode.lines[line - 1]?.length ?? 0 } };
    context.report({ loc, messageId: 'tooLong', data: { actual: counts.total, max: options.max } });
  },
}));
