// How deeply a configuration file nests, counted on its text before any parser sees it. The
// JSON and YAML parsers recurse per level and would run out of stack at a depth that depends on
// how warm the JIT is; this count decides instead, the same way every time. It may count more
// than the parser would (a stray bracket inside a comment-like scalar), never much less.
import { MAX_NESTING_DEPTH } from '@plumbline/core';

const endOf = (text: string, token: string, from: number): number => {
  const at = text.indexOf(token, from);
  return at < 0 ? text.length : at + token.length;
};

/**
 * The offset after the closing `quote` of a string whose text starts at `from`, or -1 when it
 * does not close before `end`. `\` escapes in double quotes; `''` is a quote in single quotes (YAML).
 */
export function closeQuote(text: string, quote: string, from: number, end = text.length): number {
  for (let index = from; index < end; index++) {
    if (quote === '"' && text[index] === '\\') index++;
    else if (quote === "'" && text[index] === "'" && text[index + 1] === "'") index++;
    else if (text[index] === quote) return index + 1;
  }
  return -1;
}

/** Whether JSON (with comments) nests `[` and `{` deeper than MAX_NESTING_DEPTH. */
export function isJsonTooDeep(text: string): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') {
      const after = closeQuote(text, char, index + 1);
      index = (after < 0 ? text.length : after) - 1;
    } else if (char === '/' && text[index + 1] === '/') index = endOf(text, '\n', index) - 1;
    else if (char === '/' && text[index + 1] === '*') index = endOf(text, '*/', index + 2) - 1;
    else if (char === '[' || char === '{') {
      if (++depth > MAX_NESTING_DEPTH) return true;
    } else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
  }
  return false;
}
