// The languages this engine checks and its own queries per language (parsing lives in parser.ts).
import type { Language } from '@plumbline/core';
import { compileQuery, type Query } from './parser.js';

/** Languages this package checks. */
export type TreeSitterLanguage = Extract<Language, 'python' | 'go'>;

/** Every tree-sitter language, in a stable order. */
export const TREE_SITTER_LANGUAGES: readonly TreeSitterLanguage[] = ['python', 'go'];

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

const errorQueries = new Map<TreeSitterLanguage, Query>();

/** Whether this package checks a language. */
export function isTreeSitterLanguage(language: Language): language is TreeSitterLanguage {
  return language === 'python' || language === 'go';
}

/** The query that finds syntax errors in a language, compiled on first use. */
export function errorQueryFor(language: TreeSitterLanguage): Query {
  let query = errorQueries.get(language);
  if (!query) {
    query = compileQuery(language, ERROR_QUERY);
    errorQueries.set(language, query);
  }
  return query;
}
