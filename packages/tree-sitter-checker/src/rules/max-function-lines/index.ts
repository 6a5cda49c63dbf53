import { functionLineCounts } from '@plumbline/core';
import meta, { type MaxFunctionLinesOptions } from '@plumbline/core/rules/max-function-lines';
import { defineCheck, spanOf, type Match, type Measure, type Report } from '../../check.js';
import { countLines } from '../../lines.js';
import { toCodeUnit } from './units.js';

// The units of a file: functions (@_function, @_literal) to measure, and classes (@_class), whose
// lines belong to their methods and never to an enclosing function.
function unitsOf(matches: readonly Match[]) {
  return matches.flatMap((match) => {
    const node = match._function ?? match._literal ?? match._class;
    return node ? [{ match, node }] : [];
  });
}

// Counts each function's lines from its first line (`def`/`func`, below any decorators) to its
// last, leaving out what the options skip and, unless `countNestedFunctions`, the lines that
// belong to a function or class nested in it; a wrapped signature counts as one line unless
// `countWrappedSignatures` (core's own-lines model).
const measure: Measure<MaxFunctionLinesOptions> = (matches, file, options) => {
  const units = unitsOf(matches);
  const count = (first: number, last: number): number => countLines(file.lineKinds, first, last, options);
  const actual = functionLineCounts(units.map(({ node }) => toCodeUnit(node)), count, options);
  const reports: Report[] = [];
  units.forEach(({ match }, index) => {
    const name = match.finding;
    const lines = actual[index] ?? 0;
    if (!name || match._class || lines <= options.max) return;
    const data = { name: match._literal ? '<anonymous>' : name.text, actual: lines, max: options.max };
    reports.push({ at: spanOf(name), data });
  });
  return reports;
};

export default defineCheck(meta, {
  python: { query: 'max-function-lines/python', messageId: 'tooLong', measure },
  go: { query: 'max-function-lines/go', messageId: 'tooLong', measure },
});
