// Looking for a name from the source in the file's text without building a regular expression
// from it: a 33,000-character identifier makes V8 refuse the pattern, and any name would be
// pattern syntax if it were not an identifier.

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[A-Za-z0-9_]/.test(char);

/** Offsets where `word` occurs in `text` as a whole word (no letter, digit or `_` just before or after it). */
export function wordOffsets(text: string, word: string): number[] {
  const offsets: number[] = [];
  if (word === '') return offsets;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) offsets.push(at);
  }
  return offsets;
}

// How much text before (on its line) or after a name a context pattern sees; a name further into
// its line than this is not seen in context, which keeps a file of one huge line linear.
const CONTEXT = 1000;

/** What must surround a word: `before` is tested on its line up to it, `after` on the text right after it. */
export interface WordContext {
  readonly before?: RegExp;
  readonly after?: RegExp;
}

/** Whether `word` occurs as a whole word with the given context around it (`is not <word>`, `class <word>`). */
export function hasWordIn(text: string, word: string, context: WordContext): boolean {
  return wordOffsets(text, word).some((at) => {
    const window = Math.max(0, at - CONTEXT - 1);
    const newline = text.slice(window, at).lastIndexOf('\n');
    // no line start within reach (and not the file's start): too far into its line
    const lineStart = newline >= 0 ? window + newline + 1 : window === 0 ? 0 : -1;
    if (context.before && (lineStart < 0 || !context.before.test(text.slice(lineStart, at)))) return false;
    return context.after?.test(text.slice(at + word.length, at + word.length + CONTEXT)) ?? true;
  });
}
