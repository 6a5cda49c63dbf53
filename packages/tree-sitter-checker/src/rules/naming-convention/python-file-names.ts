// Names a Python file declares, imports or compares with `is`, read once per file: asking the
// text about each name in turn took minutes on a file of 40,000 functions, and building a
// regular expression from a name fails on a 33,000-character identifier.

/** Names of one file, by where they appear. */
export interface FileNames {
  /** `class Name`: declared classes. */
  readonly classes: ReadonlySet<string>;
  /** `import a, Name` / `from m import Name`: names on import lines. */
  readonly imported: ReadonlySet<string>;
  /** `x is Name`, `x is not Name`: names compared by identity. */
  readonly compared: ReadonlySet<string>;
}

const NAME = '[\\p{L}_][\\p{L}\\p{N}_]*';
const CLASS = new RegExp(`^[ \\t]*class[ \\t]+(${NAME})`, 'gmu');
const IMPORT = /^[ \t]*(?:from[ \t]+\S+[ \t]+)?import\b([^\n]*)/gmu;
const IS = new RegExp(`(?<![\\p{L}\\p{N}_])is\\s+(?:not\\s+)?(${NAME})`, 'gu');
const WORDS = new RegExp(NAME, 'gu');

const collect = (text: string, pattern: RegExp): Set<string> => new Set([...text.matchAll(pattern)].map((match) => match[1] ?? ''));

function read(text: string): FileNames {
  const imported = new Set([...text.matchAll(IMPORT)].flatMap((line) => line[1]?.match(WORDS) ?? []));
  return { classes: collect(text, CLASS), imported, compared: collect(text, IS) };
}

// the file being checked: every name of it is asked about before the next file comes
let last: { readonly text: string; readonly names: FileNames } | undefined;

/** The names of a file's text, read on the first question about that text. */
export function namesIn(text: string): FileNames {
  if (last?.text !== text) last = { text, names: read(text) };
  return last.names;
}
