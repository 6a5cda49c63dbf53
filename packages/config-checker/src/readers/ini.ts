// INI and `.cfg` files: `[section]`, `key = value` or `key: value`, `#`/`;` comments.
import { directiveComments } from '../comments.js';
import type { ConfigDocument, ConfigValue } from '../document.js';
import { contiguous, LineIndex } from '../lines.js';

const SECTION = /^[ \t]*\[([^\]\n]*)\]/;
const ENTRY = /^([ \t]*)([^\s=:#;[][^=:\n]*?)[ \t]*[=:][ \t]*/;

// The value of an entry line from `start`: up to a comment after whitespace; surrounding quotes dropped.
function valueRange(line: string, start: number): [number, number] {
  const comment = /[ \t][#;]/.exec(line.slice(start));
  let end = comment ? start + comment.index : line.length;
  while (end > start && /\s/.test(line[end - 1]!)) end -= 1;
  const quote = line[start];
  if (end - start >= 2 && (quote === '"' || quote === "'") && line[end - 1] === quote) return [start + 1, end - 1];
  return [start, end];
}

/**
 * Reads an INI file leniently (Python's configparser, PHP, git and systemd styles): lines that
 * are not sections or entries are skipped.
 */
export function readIni(text: string): ConfigDocument {
  const lines = new LineIndex(text);
  const values: ConfigValue[] = [];
  let section = '';
  let offset = 0;
  for (const line of text.split('\n')) {
    const header = SECTION.exec(line);
    const entry = header ? null : ENTRY.exec(line);
    if (header) section = header[1]!.trim();
    else if (entry) {
      const name = entry[2]!;
      const [from, to] = valueRange(line, entry[0].length);
      const path = section ? `${section}.${name}` : name;
      values.push({ key: name.slice(name.lastIndexOf('.') + 1), path, value: line.slice(from, to), at: contiguous(lines, offset + from) });
    }
    offset += line.length + 1;
  }
  return { values, comments: directiveComments(text, '#;') };
}
