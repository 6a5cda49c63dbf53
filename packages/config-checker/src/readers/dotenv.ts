// `.env` files: `KEY=value`, `export KEY=value`, quoted values (double quotes may span lines), inline comments.
import { directiveComments } from '../comments.js';
import type { ConfigDocument, ConfigValue } from '../document.js';
import { contiguous, LineIndex } from '../lines.js';

const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*(?:=|:[ \t])[ \t]*/gm;

// The end of an unquoted value: a comment after whitespace, or the line end.
function unquotedEnd(text: string, start: number): number {
  const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  const comment = /[ \t]#/.exec(text.slice(start, lineEnd));
  let end = comment ? start + comment.index : lineEnd;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return end;
}

// The closing quote of a value opened at `open`, or -1; a `\"` does not close a double-quoted value.
function closingQuote(text: string, open: number): number {
  const quote = text[open]!;
  for (let index = open + 1; index < text.length; index += 1) {
    if (text[index] === '\\' && quote === '"') index += 1;
    else if (text[index] === quote) return index;
  }
  return -1;
}

/** Reads a dotenv file. Lines that are not assignments are ignored, as dotenv loaders do. */
export function readDotenv(text: string): ConfigDocument {
  const lines = new LineIndex(text);
  const values: ConfigValue[] = [];
  ASSIGNMENT.lastIndex = 0;
  for (let match = ASSIGNMENT.exec(text); match; match = ASSIGNMENT.exec(text)) {
    const key = match[1]!;
    const start = match.index + match[0].length;
    const quoted = /["'`]/.test(text[start] ?? '') ? closingQuote(text, start) : -1;
    const [from, to] = quoted > start ? [start + 1, quoted] : [start, unquotedEnd(text, start)];
    values.push({ key, path: key, value: text.slice(from, to), at: contiguous(lines, from) });
    ASSIGNMENT.lastIndex = Math.max(to, ASSIGNMENT.lastIndex);
  }
  return { values, comments: directiveComments(text, '#') };
}
