import meta, { type MaxFunctionLinesOptions } from '@plumbline/core/rules/max-function-lines';
import { defineCheck, eachMatch, spanOf } from '../../check.js';
import { countLines } from '../../lines.js';

// Counts the function's lines from its first line (`def`/`func`, below any decorators) to its
// last, leaving out what the options skip; nested functions are part of the span.
const measure = eachMatch<MaxFunctionLinesOptions>((match, file, options) => {
  const name = match.finding;
  const fn = match._function ?? match._literal;
  if (!name || !fn) return undefined;
  const first = fn.startPosition.row;
  const end = fn.endPosition;
  // A node that ends at column 0 ends with the previous line's newline.
  const last = end.column === 0 && end.row > first ? end.row - 1 : end.row;
  const actual = countLines(file.lineKinds, first, last, options);
  if (actual <= options.max) return undefined;
  const data = { name: match._literal ? '<anonymous>' : name.text, actual, max: options.max };
  return { at: spanOf(name), data };
});

export default defineCheck(meta, {
  python: { query: 'max-function-lines/python', messageId: 'tooLong', measure },
  go: { query: 'max-function-lines/go', messageId: 'tooLong', measure },
});
