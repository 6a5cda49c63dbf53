// Grammars, one reused parser per language, and the engine's own queries per language.
import type { Language } from '@plumbline/core';
import Parser from 'tree-sitter';
import Go from 'tree-sitter-go';
import Python from 'tree-sitter-python';

/** Languages this package checks. */
export type TreeSitterLanguage = Extract<Language, 'python' | 'go'>;

/** Every tree-sitter language, in a stable order. */
export const TREE_SITTER_LANGUAGES: readonly TreeSitterLanguage[] = ['python', 'go'];

const GRAMMARS = {
  python: Python as Parser.Language,
  go: Go as Parser.Language,
} satisfies Record<TreeSitterLanguage, Parser.Language>;

/**
 * What the engine itself needs from every file: each comment as @comment (returned for
 * suppression directives, and not counted as code), plus, in Python, each statement that
 * is only a string literal as @docstring. Docstrings (and the bare strings some write as
 * block comments) count as comment lines for the line-counting rules.
 */
export const BASE_QUERIES = {
  python: [
    '(comment) @comment',
    '(expression_statement . [(string) (concatenated_string)] @docstring .)',
  ].join('\n'),
  go: '(comment) @comment',
} satisfies Record<TreeSitterLanguage, string>;

// Syntax errors: nodes the parser could not place, and tokens it had to invent.
const ERROR_QUERY = '(ERROR) @error\n(MISSING) @missing';

const parsers = new Map<TreeSitterLanguage, Parser>();
const errorQueries = new Map<TreeSitterLanguage, Parser.Query>();

/** Whether this package checks a language. */
export function isTreeSitterLanguage(language: Language): language is TreeSitterLanguage {
  return language === 'python' || language === 'go';
}

/** The tree-sitter grammar of a language. */
export function grammarOf(language: TreeSitterLanguage): Parser.Language {
  return GRAMMARS[language];
}

/** The parser of a language, created on first use and reused for every file. */
export function parserFor(language: TreeSitterLanguage): Parser {
  let parser = parsers.get(language);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(GRAMMARS[language]);
    parsers.set(language, parser);
  }
  return parser;
}

/** The query that finds syntax errors in a language, compiled on first use. */
export function errorQueryFor(language: TreeSitterLanguage): Parser.Query {
  let query = errorQueries.get(language);
  if (!query) {
    query = new Parser.Query(GRAMMARS[language], ERROR_QUERY);
    errorQueries.set(language, query);
  }
  return query;
}
