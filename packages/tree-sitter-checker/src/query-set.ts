// All queries a file needs, compiled into one per language so each file is traversed once:
// a query traversal costs about half a parse, whatever the query. A pattern that several rules
// write alike (every call, by its called name) is compiled once, and each of its matches goes to
// every rule that wrote it: a match costs about as much to find and hand over as the walk itself.
import { BASE_QUERIES, type TreeSitterLanguage } from './languages.js';
import { compileQuery, type Query } from './parser.js';
import { queries } from './queries.generated.js';

/** A combined query, and for each of its patterns the parts its matches go to. */
export interface QuerySet {
  readonly query: Query;
  /** By pattern index: -1 for the engine's base patterns, else indexes of rule query keys. */
  readonly owners: readonly (readonly number[])[];
}

const cache = new Map<string, QuerySet>();

// The patterns of one query source, each as its text from its start to the next one's
// (web-tree-sitter gives the starts in UTF-16 code units, like JavaScript string indexes).
function patternsOf(language: TreeSitterLanguage, source: string): string[] {
  const query = compileQuery(language, source);
  const starts = Array.from({ length: query.patternCount() }, (_, pattern) => query.startIndexForPattern(pattern));
  query.delete();
  return starts.map((start, index) => source.slice(start, starts[index + 1] ?? source.length));
}

// Comments and layout do not change what a pattern matches.
const normalize = (pattern: string): string => pattern.replace(/;[^\n]*/g, '').replace(/\s+/g, ' ').trim();

function compileQuerySet(language: TreeSitterLanguage, keys: readonly string[]): QuerySet {
  const parts = [BASE_QUERIES[language], ...keys.map((key) => queries[key] ?? '')];
  const unique = new Map<string, { text: string; owners: number[] }>();
  parts.forEach((part, index) => {
    for (const text of patternsOf(language, part)) {
      const key = normalize(text);
      const seen = unique.get(key);
      // a pattern written twice in one part keeps its two matches
      if (seen && !seen.owners.includes(index - 1)) seen.owners.push(index - 1);
      else unique.set(seen ? `${key}\u0000${unique.size}` : key, { text, owners: [index - 1] });
    }
  });
  const patterns = [...unique.values()];
  const query = compileQuery(language, patterns.map((pattern) => pattern.text).join('\n'));
  if (query.patternCount() !== patterns.length) throw new Error(`combined ${language} query has ${query.patternCount()} patterns, expected ${patterns.length}`);
  return { query, owners: patterns.map((pattern) => pattern.owners) };
}

/** The base patterns plus the given rule queries (keys of queries.generated.ts), compiled once per distinct list. */
export function querySetFor(language: TreeSitterLanguage, keys: readonly string[]): QuerySet {
  const cacheKey = `${language}:${keys.join(',')}`;
  let set = cache.get(cacheKey);
  if (!set) {
    set = compileQuerySet(language, keys);
    cache.set(cacheKey, set);
  }
  return set;
}
