// Java `.properties`: `key=value`, `key: value`, `key value`, `#`/`!` comments, `\` line continuations.
import { directiveComments } from '../comments.js';
import type { ConfigDocument, ConfigValue } from '../document.js';
import { type Decoded, LineIndex, mapped } from '../lines.js';

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f' };

// Decodes one logical line from `start`: joins continuations (dropping the next line's indent).
function logicalLine(text: string, start: number): Decoded & { next: number } {
  let value = '';
  const offsets: number[] = [];
  let index = start;
  while (index < text.length && text[index] !== '\n') {
    const char = text[index]!;
    if (char === '\r' && text[index + 1] === '\n') break;
    if (char === '\\' && (text[index + 1] === '\n' || (text[index + 1] === '\r' && text[index + 2] === '\n'))) {
      index += text[index + 1] === '\n' ? 2 : 3;
      while (text[index] === ' ' || text[index] === '\t') index += 1;
      continue;
    }
    offsets.push(index);
    if (char === '\\' && index + 1 < text.length) {
      const next = text[index + 1]!;
      value += ESCAPES[next] ?? next;
      index += 2;
    } else {
      value += char;
      index += 1;
    }
  }
  const newline = text.indexOf('\n', index);
  return { value, offsets, next: newline < 0 ? text.length : newline + 1 };
}

// Splits a decoded logical line into key and value; separators escaped in the key were decoded
// already, so the split looks at the source offsets: an escaped separator spans two source chars.
function splitEntry(line: Decoded, text: string): { key: string; valueStart: number } | undefined {
  let index = 0;
  while (index < line.value.length && /[ \t\f]/.test(line.value[index]!)) index += 1;
  if (index >= line.value.length || /[#!]/.test(line.value[index]!)) return undefined;
  const keyStart = index;
  while (index < line.value.length && !(/[=: \t\f]/.test(line.value[index]!) && text[line.offsets[index]!] !== '\\')) index += 1;
  const key = line.value.slice(keyStart, index);
  while (index < line.value.length && /[ \t\f]/.test(line.value[index]!)) index += 1;
  if (/[=:]/.test(line.value[index] ?? '')) index += 1;
  while (index < line.value.length && /[ \t\f]/.test(line.value[index]!)) index += 1;
  return { key, valueStart: index };
}

/** Reads a properties file; every logical line with a key is an entry. */
export function readProperties(text: string): ConfigDocument {
  const lines = new LineIndex(text);
  const values: ConfigValue[] = [];
  for (let start = 0; start < text.length;) {
    const line = logicalLine(text, start);
    const entry = splitEntry(line, text);
    if (entry) {
      const offsets = line.offsets.slice(entry.valueStart);
      const end = offsets.length > 0 ? offsets[offsets.length - 1]! + 1 : (line.offsets[line.offsets.length - 1] ?? start) + 1;
      const key = entry.key.slice(entry.key.lastIndexOf('.') + 1);
      values.push({ key, path: entry.key, value: line.value.slice(entry.valueStart), at: mapped(lines, offsets, end) });
    }
    start = line.next;
  }
  return { values, comments: directiveComments(text, '#!') };
}
