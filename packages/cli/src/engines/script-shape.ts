import type { Language } from '@plumbline/core';

// A JS/TS file's size as the parser will see it, counted in one pass over the text before
// parsing: tokens (typescript-estree and ESLint need 1 to 2.5 KB of memory per token) and bracket
// depth (the parser recurses per level). Strings, templates, comments and regular expressions
// are skipped; the count is an estimate, the same on every run.

/**
 * Tokens a file may have per MB of the size limit, by how much memory checking takes per token
 * (measured with every rule on, docs/robustness.md): JS/TS 1.5 to 2.5 KB (typescript-estree's two
 * trees, ESLint's tokens and scopes), Python and Go about 0.9 KB (the WebAssembly tree, query
 * matches). At the default 2 MB: 200,000 JS/TS tokens (about 1 MB of dense code), 500,000 Python or Go tokens.
 */
export const TOKENS_PER_LIMIT_MB: Readonly<Partial<Record<Language, number>>> = {
  javascript: 100_000, typescript: 100_000, python: 250_000, go: 250_000,
};

/** Tokens and deepest bracket nesting of a script. */
export interface ScriptShape {
  readonly tokens: number;
  readonly depth: number;
}

const isWord = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  || code === 95 || code === 36 || code > 127;
// after these words an expression starts, so `/` opens a regular expression
const BEFORE_EXPRESSION = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);

class Counter {
  tokens = 0;
  depth = 0;
  maxDepth = 0;
  index = 0;
  regexAllowed = true;
  readonly templates: number[] = []; // the depth at which each open `${` of a template was entered

  constructor(private readonly text: string) {}

  // The offset after a string or a regular expression opened at `start`; neither spans lines.
  skipQuoted(start: number, close: string): number {
    let inClass = false;
    for (let index = start + 1; index < this.text.length; index++) {
      const char = this.text[index];
      if (char === '\\') index++;
      else if (char === '\n') return index;
      else if (close === '/' && (char === '[' || char === ']')) inClass = char === '[';
      else if (char === close && !inClass) return index + 1;
    }
    return this.text.length;
  }

  // Template text from `start` up to its end or a `${`; the offset after what ended it.
  template(start: number): number {
    for (let index = start; index < this.text.length; index++) {
      const char = this.text[index];
      if (char === '\\') index++;
      else if (char === '`') return index + 1;
      else if (char === '$' && this.text[index + 1] === '{') {
        this.templates.push(this.depth);
        this.open();
        return index + 2;
      }
    }
    return this.text.length;
  }

  open(): void {
    this.depth++;
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
  }

  step(): void {
    const { text } = this;
    const char = text[this.index]!;
    const code = text.charCodeAt(this.index);
    if (code <= 32) return void this.index++;
    if (char === '/' && (text[this.index + 1] === '/' || text[this.index + 1] === '*')) {
      const end = text[this.index + 1] === '/' ? text.indexOf('\n', this.index) : text.indexOf('*/', this.index + 2) + 1;
      this.index = end <= 0 ? text.length : end + 1;
      return;
    }
    this.tokens++;
    if (isWord(code)) return this.word();
    this.index = this.punctuator(char);
  }

  word(): void {
    const start = this.index;
    while (this.index < this.text.length && isWord(this.text.charCodeAt(this.index))) this.index++;
    this.regexAllowed = BEFORE_EXPRESSION.has(this.text.slice(start, this.index));
  }

  punctuator(char: string): number {
    const at = this.index;
    const regex = char === '/' && this.regexAllowed;
    this.regexAllowed = !')]}'.includes(char) && char !== '"' && char !== "'" && char !== '`' && !regex;
    if (char === '"' || char === "'" || regex) return this.skipQuoted(at, regex ? '/' : char);
    if (char === '`') return this.template(at + 1);
    if (char === '(' || char === '[' || char === '{') this.open();
    else if (char === ')' || char === ']' || char === '}') {
      this.depth = Math.max(0, this.depth - 1);
      // the `}` of a `${`: back into the template's text
      if (char === '}' && this.templates.at(-1) === this.depth) {
        this.templates.pop();
        return this.template(at + 1);
      }
    }
    return at + 1;
  }
}

/** Counts a script's tokens and bracket depth. */
export function measureScript(text: string): ScriptShape {
  const counter = new Counter(text);
  while (counter.index < text.length) counter.step();
  return { tokens: counter.tokens, depth: counter.maxDepth };
}
