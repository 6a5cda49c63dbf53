// All queries a file needs, compiled into one per language so each file is traversed once:
// a query traversal costs about half a parse, whatever the query.
import { BASE_QUERIES, type TreeSitterLanguage } from './languages.js';
import { compileQuery, type Query } from './parser.js';
import { queries } from './queries.generated.js';

/** A combined query, and for each of its patterns which part it came from. */
export interface QuerySet {
  readonly query: Query;
  /** By pattern index: -1 for the engine's base patterns, else the index of the rule query key. */
  readonly owners: Int32Array;
}

const cache = new Map<string, QuerySet>();

function compileQuerySet(language: TreeSitterLanguage, keys: readonly string[]): QuerySet {
  const parts = [BASE_QUERIES[language], ...keys.map((key) => queries[key] ?? '')];
  const starts: number[] = []; // byte offset of each part in the combined source
  let offset = 0;
  for (const part of parts) {
    starts.push(offset);
    offset += Buffer.byteLength(part) + 1;
  }
  const query = compileQuery(language, parts.join('\n'));
  const owners = new Int32Array(query.patternCount());
  for (let pattern = 0; pattern < owners.length; pattern++) {
    const at = query.startIndexForPattern(pattern);
    let part = 0;
    while (part + 1 < starts.length && (starts[part + 1] ?? Infinity) <= at) part++;
    owners[pattern] = part - 1;
  }
  return { query, owners };
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
