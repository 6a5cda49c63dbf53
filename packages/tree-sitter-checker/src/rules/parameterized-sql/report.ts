// The finding of a built SQL string reaching a sink, the same for Python and Go: at the sink's
// name, with the building site as a related location when it is outside the call.
import type { BuiltValue } from '@plumbline/core/sql-value';
import { type Report, spanOf, type SyntaxNode } from '../../check.js';
import type { SinkMatch } from '../../util/sql-sinks.js';

/** The report for a call whose SQL argument was built from non-constant parts. */
export function builtQueryReport(call: SyntaxNode, nameNode: SyntaxNode, match: SinkMatch, value: BuiltValue<SyntaxNode>): Report {
  const { site } = value;
  const inCall = site.startIndex >= call.startIndex && site.endIndex <= call.endIndex;
  const where = inCall ? '' : ` on line ${site.startPosition.row + 1}`;
  const related = inCall ? [] : [{ at: spanOf(site), message: `SQL built by ${value.how} here` }];
  return { at: { start: nameNode.startPosition, end: call.endPosition }, data: { sink: match.label, how: value.how, where }, related };
}
