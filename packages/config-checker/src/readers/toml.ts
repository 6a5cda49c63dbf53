// TOML files: tables, array tables, dotted and quoted keys, basic/literal strings (one and multi
// line), arrays and inline tables (read without recursion, so deep nesting cannot overflow).
// smol-toml checks the file against TOML 1.0 first: this reader only finds values and positions.
import { directiveComments } from '../comments.js';
import type { ConfigDocument, ConfigValue } from '../document.js';
import { contiguous, decodeEscapes, LineIndex, mapped } from '../lines.js';
import { invalidToml } from './toml-validity.js';

class TomlError extends Error { constructor(readonly offset: number, message: string) { super(message); } }

interface Container { readonly kind: 'array' | 'table'; readonly path: readonly string[] }

class TomlReader {
  pos = 0;
  readonly values: ConfigValue[] = [];
  constructor(private readonly text: string, private readonly lines: LineIndex) {}

  fail(message: string): never { throw new TomlError(this.pos, message); }

  skip(pattern: RegExp): void {
    pattern.lastIndex = this.pos;
    if (pattern.exec(this.text)) this.pos = pattern.lastIndex;
  }

  skipSpace(newlines: boolean): void { this.skip(newlines ? /(?:\s|#[^\n]*)*/y : /[ \t]*/y); }

  expect(token: string): void {
    if (!this.text.startsWith(token, this.pos)) this.fail(`expected "${token}"`);
    this.pos += token.length;
  }

  read(): void {
    let table: string[] = [];
    for (this.skipSpace(true); this.pos < this.text.length; this.skipSpace(true)) {
      if (this.text[this.pos] === '[') {
        const array = this.text.startsWith('[[', this.pos);
        this.pos += array ? 2 : 1;
        table = this.key();
        this.expect(array ? ']]' : ']');
      } else {
        const keys = this.key();
        this.expect('=');
        this.value([...table, ...keys]);
      }
      this.skip(/[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/y);
      if (this.pos < this.text.length && this.text[this.pos - 1] !== '\n') this.fail('expected the end of the line');
    }
  }

  key(): string[] {
    const keys: string[] = [];
    do {
      this.skipSpace(false);
      const quote = this.text[this.pos];
      if (quote === '"' || quote === "'") keys.push(this.quoted(undefined).value);
      else {
        const bare = /[A-Za-z0-9_-]+/y;
        bare.lastIndex = this.pos;
        const match = bare.exec(this.text) ?? this.fail('expected a key');
        keys.push(match[0]);
        this.pos = bare.lastIndex;
      }
      this.skipSpace(false);
    } while (this.text[this.pos] === '.' && ++this.pos);
    return keys;
  }

  // A one-line string at `pos`; `path` set means it is a value to record.
  quoted(path: readonly string[] | undefined): { value: string } {
    const quote = this.text[this.pos]!;
    const start = this.pos + 1;
    let end = start;
    while (end < this.text.length && this.text[end] !== quote && this.text[end] !== '\n') end += quote === '"' && this.text[end] === '\\' ? 2 : 1;
    if (this.text[end] !== quote) this.fail('unterminated string');
    this.pos = end + 1;
    const decoded = quote === '"' ? decodeEscapes(this.text, start, end) : undefined;
    const value = decoded?.value ?? this.text.slice(start, end);
    if (path) this.record(path, value, decoded ? mapped(this.lines, decoded.offsets, end) : contiguous(this.lines, start));
    return { value };
  }

  multiline(path: readonly string[], delimiter: string): void {
    let start = this.pos + 3;
    if (this.text[start] === '\n') start += 1;
    else if (this.text.startsWith('\r\n', start)) start += 2;
    let end = this.text.indexOf(delimiter, start);
    while (delimiter === '"""' && end > 0 && this.text[end - 1] === '\\') end = this.text.indexOf(delimiter, end + 1);
    if (end < 0) this.fail('unterminated multi-line string');
    this.pos = end + 3;
    const decoded = delimiter === '"""' ? decodeEscapes(this.text, start, end) : undefined;
    this.record(path, decoded?.value ?? this.text.slice(start, end), decoded ? mapped(this.lines, decoded.offsets, end) : contiguous(this.lines, start));
  }

  record(path: readonly string[], value: string, at: ConfigValue['at']): void {
    if (value !== '') this.values.push({ key: path[path.length - 1] ?? '', path: path.join('.'), value, at });
  }

  scalar(path: readonly string[]): void {
    const rest = this.text.slice(this.pos, this.pos + 3);
    if (rest === '"""' || rest === "'''") return this.multiline(path, rest);
    if (rest.startsWith('"') || rest.startsWith("'")) return void this.quoted(path);
    const literal = /[^\s,\]}#]+/y;
    literal.lastIndex = this.pos;
    if (!literal.exec(this.text)) this.fail('expected a value');
    this.pos = literal.lastIndex;
  }

  // A value, with arrays and inline tables kept on an explicit stack.
  value(path: readonly string[]): void {
    const stack: Container[] = [];
    let current = path;
    for (;;) {
      this.skipSpace(stack[stack.length - 1]?.kind === 'array');
      const char = this.text[this.pos];
      if (char === '[' || char === '{') {
        this.pos += 1;
        stack.push({ kind: char === '[' ? 'array' : 'table', path: current });
      } else this.scalar(current);
      const next = this.afterValue(stack, char === '[' || char === '{');
      if (next === undefined) return;
      current = next;
    }
  }

  // After a value (or an opening bracket): closes containers; the path of the next value, or undefined when done.
  afterValue(stack: Container[], opened: boolean): readonly string[] | undefined {
    let first = opened;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      this.skipSpace(top.kind === 'array');
      const close = top.kind === 'array' ? ']' : '}';
      if (this.text[this.pos] === close) {
        this.pos += 1;
        stack.pop();
        first = false;
        continue;
      }
      if (!first) this.expect(',');
      this.skipSpace(top.kind === 'array');
      if (top.kind === 'array' && this.text[this.pos] === ']') continue;
      if (top.kind === 'array') return top.path;
      const keys = this.key();
      this.expect('=');
      return [...top.path, ...keys];
    }
    return undefined;
  }
}

/** Reads a TOML file; a syntax error gives the line it was found on. */
export function readToml(text: string): ConfigDocument {
  const invalid = invalidToml(text);
  if (invalid) return { values: [], comments: [], error: invalid };
  const lines = new LineIndex(text);
  const reader = new TomlReader(text, lines);
  try {
    reader.read();
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    return { values: [], comments: [], error: { line: lines.position(error.offset).line, message: error.message } };
  }
  return { values: reader.values, comments: directiveComments(text, '#') };
}
