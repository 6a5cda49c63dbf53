// A lenient line reader for YAML templates (Helm charts, Jinja) that are not valid YAML as written.
import { directiveComments } from '../comments.js';
import type { ConfigDocument, ConfigValue } from '../document.js';
import { contiguous, LineIndex } from '../lines.js';

const ENTRY = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:[ \t]+/;

/** `key: value` lines whose value is a plain or quoted scalar without template markers. */
export function readYamlLines(text: string): ConfigDocument {
  const lines = new LineIndex(text);
  const values: ConfigValue[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const entry = ENTRY.exec(line);
    const rest = entry ? line.slice(entry[0].length).replace(/[ \t]+#.*$/, '').trimEnd() : '';
    if (entry && rest && !rest.includes('{{') && !/^[|>&*!{[]/.test(rest)) {
      const quoted = rest.length >= 2 && /^["']/.test(rest) && rest.endsWith(rest[0]!);
      const start = offset + entry[0].length + (quoted ? 1 : 0);
      const value = quoted ? rest.slice(1, -1) : rest;
      values.push({ key: entry[2]!, path: entry[2]!, value, at: contiguous(lines, start) });
    }
    offset += line.length + 1;
  }
  return { values, comments: directiveComments(text, '#') };
}
