// JSON files, read as JSONC (comments and trailing commas allowed, as in tsconfig.json).
import type { Comment } from '@plumbline/core';
import { printParseErrorCode, visit } from 'jsonc-parser';
import type { ConfigDocument, ConfigValue, ParseFailure, Position } from '../document.js';
import { decodeEscapes, LineIndex, mapped } from '../lines.js';

// One open object or array: the property being read in it, or the array's running index.
interface Level {
  key: string | number;
}

// The name of a value: its property, or for an array element the nearest property above it.
function keyOf(levels: readonly Level[]): string {
  for (let index = levels.length - 1; index >= 0; index -= 1) {
    const key = levels[index]!.key;
    if (typeof key === 'string') return key;
  }
  return '';
}

function valueAt(text: string, lines: LineIndex, offset: number, end: number): (index: number) => Position {
  let at: ((index: number) => Position) | undefined;
  // decoding positions costs as much as reading: only for the few values a rule reports
  return (index) => (at ??= mapped(lines, decodeEscapes(text, offset + 1, end).offsets, end))(index);
}

/** Reads a JSON file: every string value with its property path. Deep nesting may throw a RangeError. */
export function readJson(text: string): ConfigDocument {
  const lines = new LineIndex(text);
  const values: ConfigValue[] = [];
  const comments: Comment[] = [];
  const levels: Level[] = [];
  let error: ParseFailure | undefined;
  const nextItem = (): void => {
    const top = levels[levels.length - 1];
    if (top && typeof top.key === 'number') top.key += 1;
  };
  visit(text, {
    onObjectBegin: () => void (nextItem(), levels.push({ key: '' })),
    onArrayBegin: () => void (nextItem(), levels.push({ key: -1 })),
    onObjectEnd: () => void levels.pop(),
    onArrayEnd: () => void levels.pop(),
    onObjectProperty(property) {
      levels[levels.length - 1]!.key = property;
    },
    onLiteralValue(value: unknown, offset, length) {
      nextItem();
      if (typeof value !== 'string' || value === '') return;
      const path = levels.map((level) => String(level.key)).join('.');
      values.push({ key: keyOf(levels), path, value, at: valueAt(text, lines, offset, offset + length - 1) });
    },
    onComment(offset, length, startLine, startCharacter) {
      const commentText = text.slice(offset, offset + length);
      if (!commentText.includes('plumbline-ignore')) return;
      const endLine = lines.position(offset + length).line;
      comments.push({ text: commentText, line: startLine + 1, column: startCharacter + 1, endLine });
    },
    onError(code, _offset, _length, startLine) {
      error ??= { line: startLine + 1, message: printParseErrorCode(code) };
    },
  }, { disallowComments: false, allowTrailingComma: true, allowEmptyContent: true });
  return error ? { values: [], comments: [], error } : { values, comments };
}
