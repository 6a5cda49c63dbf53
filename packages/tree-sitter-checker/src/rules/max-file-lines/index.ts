import meta, { type MaxFileLinesOptions } from '@plumbline/core/rules/max-file-lines';
import { defineCheck, type CheckFile, type Measure, type Span } from '../../check.js';
import { countLines, rowOfCountedLine } from '../../lines.js';

// A whole line, 0-based, from its first character to its end.
function lineSpan(file: CheckFile, row: number): Span {
  return { start: { row, column: 0 }, end: { row, column: file.lines[row]?.length ?? 0 } };
}

// The query matches the file's root (@finding) and its functions and loops (@_logic): a file
// without logic is a declaration file (`skipDeclarationFiles`). The limit is checked on counted
// lines, and the finding goes where the first line past the limit is.
const measure: Measure<MaxFileLinesOptions> = (matches, file, options) => {
  if (options.skipDeclarationFiles && !matches.some((match) => match._logic)) return [];
  const row = rowOfCountedLine(file.lineKinds, options.max + 1, options);
  if (row < 0) return [];
  const actual = countLines(file.lineKinds, 0, file.lineKinds.length - 1, options);
  return [{ at: lineSpan(file, row), data: { actual, max: options.max } }];
};

export default defineCheck(meta, {
  python: { query: 'max-file-lines/python', messageId: 'tooLong', measure },
  go: { query: 'max-file-lines/go', messageId: 'tooLong', measure },
});
