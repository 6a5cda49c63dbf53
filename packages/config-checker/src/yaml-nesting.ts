// How deeply a YAML file nests: block collections by indentation (a `- ` or a key one column
// further in is one level more; `- - x` nests on one line), plus flow collections (`[`, `{`)
// opened where a value starts. Block scalars (`|`, `>`) and quoted text are skipped.
import { MAX_NESTING_DEPTH } from '@plumbline/core';
import { closeQuote } from './nesting.js';

interface Block {
  readonly column: number;
  readonly sequence: boolean;
}

class YamlDepth {
  blocks: Block[] = [];
  flow = 0;
  quote: string | undefined; // a quoted scalar still open at the end of the last line
  scalarParent = -1; // the column a block scalar's lines must be indented past, while in one

  constructor(private readonly text: string) {}

  get depth(): number { return this.blocks.length + this.flow; }

  // One line [start, end); true when it goes past the limit.
  line(start: number, end: number): boolean {
    const text = this.text;
    let column = start;
    while (column < end && text[column] === ' ') column++;
    const blank = column >= end || text[column] === '#' || text[column] === '\r';
    if (this.scalarParent >= 0) {
      if (blank || column - start > this.scalarParent) return false;
      this.scalarParent = -1;
    }
    if (this.quote !== undefined || this.flow > 0) return this.scan(start, end);
    if (blank) return false;
    if (column === start && /^(---|\.\.\.)(\s|$)/.test(text.slice(start, start + 4))) {
      this.blocks = [];
      return false;
    }
    return this.nodes(start, column, end);
  }

  // The block nodes a line opens from `column`: `- ` entries, then a key (a mapping level) or a value.
  nodes(start: number, column: number, end: number): boolean {
    const text = this.text;
    for (;;) {
      const sequence = (text[column] === '-' || text[column] === '?') && (column + 1 >= end || /[ \t\r]/.test(text[column + 1] ?? ''));
      const value = sequence ? column : this.valueStart(column, end);
      this.enter(column - start, sequence, sequence || value !== column);
      if (this.depth > MAX_NESTING_DEPTH) return true;
      if (!sequence) return this.value(value, end, column - start);
      for (column += 1; column < end && text[column] === ' '; column++);
      if (column >= end || text[column] === '#') return false;
    }
  }

  // Closes the blocks a node at `at` ends (same column, or further in) and opens it when it is a collection.
  enter(at: number, sequence: boolean, collection: boolean): void {
    let top = this.blocks.at(-1);
    // a `- ` at its key's column is that key's value: it nests rather than closes the mapping
    while (top && (top.column > at || (top.column === at && !(sequence && !top.sequence)))) {
      this.blocks.pop();
      top = this.blocks.at(-1);
    }
    if (collection) this.blocks.push({ column: at, sequence });
  }

  // Where the value of a `key: value` line starts, or `column` when the line is a value alone.
  valueStart(column: number, end: number): number {
    const text = this.text;
    const quote = text[column] ?? '';
    let index = quote === '"' || quote === "'" ? closeQuote(text, quote, column + 1, end) : column;
    if (index < 0) return column; // a quoted value running on to the next line
    for (; index < end; index++) {
      if (text[index] === '#' && /\s/.test(text[index - 1] ?? ' ')) return end;
      if (text[index] === ':' && (index + 1 >= end || /[ \t\r]/.test(text[index + 1] ?? ''))) break;
    }
    if (index >= end) return column;
    for (index += 1; index < end && /[ \t]/.test(text[index] ?? ''); index++);
    return index;
  }

  // A value: a flow collection or quoted scalar to scan, a block scalar header, or plain text.
  value(at: number, end: number, parent: number): boolean {
    const text = this.text;
    // anchors and tags before the value: `&base [`, `!!map {`
    while (at < end && (text[at] === '&' || text[at] === '!')) {
      while (at < end && text[at] !== ' ') at++;
      while (at < end && text[at] === ' ') at++;
    }
    const char = text[at];
    if (char === '[' || char === '{' || char === '"' || char === "'") return this.scan(at, end);
    if ((char === '|' || char === '>') && /^[|>][-+0-9]*\s*(#.*)?\r?$/.test(text.slice(at, end))) this.scalarParent = parent;
    return false;
  }

  // Flow context and quoted text from `index` to the line's end.
  scan(index: number, end: number): boolean {
    const text = this.text;
    for (; index < end; index++) {
      const char = text[index] ?? '';
      const quote = this.quote ?? (char === '"' || char === "'" ? char : undefined);
      if (quote !== undefined) {
        const after = closeQuote(text, quote, this.quote === undefined ? index + 1 : index, end);
        this.quote = after < 0 ? quote : undefined;
        if (after < 0) return false;
        index = after - 1;
      } else if (char === '#' && /\s/.test(text[index - 1] ?? ' ')) return false;
      else if (char === '[' || char === '{') {
        this.flow++;
        if (this.depth > MAX_NESTING_DEPTH) return true;
      } else if ((char === ']' || char === '}') && this.flow > 0) this.flow--;
    }
    return false;
  }
}

function endOf(text: string, token: string, from: number): number {
  const at = text.indexOf(token, from);
  return at < 0 ? text.length : at;
}

/** Whether a YAML stream nests deeper than MAX_NESTING_DEPTH. */
export function isYamlTooDeep(text: string): boolean {
  const counter = new YamlDepth(text);
  for (let start = 0; start <= text.length;) {
    const end = endOf(text, '\n', start);
    if (counter.line(start, end)) return true;
    start = end + 1;
  }
  return false;
}
