// The one parser layer: web-tree-sitter (WebAssembly) and the grammars' own `.wasm` builds, so the
// package installs with no compiler and no native binary on any OS that runs Node. Everything else
// in the engine sees only the types and functions exported here.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Language, Parser, Query, type Node, type Point, type QueryCapture, type QueryMatch, type Tree } from 'web-tree-sitter';
import { newExprSites, renameNewCalls } from './go-new-expr.js';

/** A node of a syntax tree. */
export type SyntaxNode = Node;
/** A 0-based row and column (UTF-16 code units) in a file. */
export type { Point, Query, QueryCapture, QueryMatch, Tree };

/** Languages with a bundled grammar. */
export type GrammarName = 'python' | 'go';

const GRAMMAR_FILES = { python: 'tree-sitter-python.wasm', go: 'tree-sitter-go.wasm' } satisfies Record<GrammarName, string>;

// A built or packed package carries the grammars in `grammars/` (scripts/build.mjs copies them from
// the grammar packages, which are development dependencies); a source checkout before its first
// build reads them from those packages directly.
function grammarPath(name: GrammarName): string {
  const bundled = fileURLToPath(new URL(`../grammars/${GRAMMAR_FILES[name]}`, import.meta.url));
  if (existsSync(bundled)) return bundled;
  try {
    return createRequire(import.meta.url).resolve(`tree-sitter-${name}/${GRAMMAR_FILES[name]}`);
  } catch {
    throw new Error(`the ${name} grammar is missing (${bundled}); run \`pnpm build\` or reinstall @plumbline/tree-sitter-checker`);
  }
}

await Parser.init();
const GRAMMARS = {
  python: await Language.load(readFileSync(grammarPath('python'))),
  go: await Language.load(readFileSync(grammarPath('go'))),
} satisfies Record<GrammarName, Language>;

const parsers = new Map<GrammarName, Parser>();

/** The grammar of a language, loaded once when this module is first imported. */
export function grammarOf(name: GrammarName): Language {
  return GRAMMARS[name];
}

/** Compiles a query against a grammar; throws on a syntax error or an unknown node type. */
export function compileQuery(name: GrammarName, source: string): Query {
  return new Query(GRAMMARS[name], source);
}

/**
 * Parses a text with the language's parser (one per language, reused). The tree lives in
 * WebAssembly memory that no garbage collector frees: the caller must call `tree.delete()`.
 */
export function parseText(name: GrammarName, text: string): Tree {
  let parser = parsers.get(name);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(GRAMMARS[name]);
    parsers.set(name, parser);
  }
  const tree = parser.parse(text);
  if (!tree) throw new Error(`the ${name} parser returned no tree`);
  return tree;
}

let goErrors: Query | undefined;
const errorCount = (tree: Tree, errors: Query): number => errors.captures(tree.rootNode).length;

// A Go file whose errors sit at Go 1.26 `new(expr)` calls is parsed again with those calls
// renamed (go-new-expr.ts), a few rounds while that removes errors (one misparse can hide
// the next `new(expr)` from the error's neighbourhood); the tree with the fewest errors is kept.
function parseGo(text: string): Tree {
  let tree = parseText('go', text);
  if (!tree.rootNode.hasError || !text.includes('new(')) return tree;
  const errors = (goErrors ??= compileQuery('go', '(ERROR) @error\n(MISSING) @missing'));
  const sites = new Set<number>();
  for (let round = 0; round < 4 && tree.rootNode.hasError; round++) {
    const before = sites.size;
    for (const site of newExprSites(tree, errors)) sites.add(site);
    if (sites.size === before) break;
    const next = parseText('go', renameNewCalls(text, [...sites].sort((a, b) => a - b)));
    const better = errorCount(next, errors) < errorCount(tree, errors);
    (better ? tree : next).delete();
    if (!better) break;
    tree = next;
  }
  return tree;
}

/** Runs a parse and a callback over its tree, and frees the tree afterwards whatever happens. */
export function withTree<T>(name: GrammarName, text: string, use: (tree: Tree) => T): T {
  const tree = name === 'go' ? parseGo(text) : parseText(name, text);
  try {
    return use(tree);
  } finally {
    tree.delete();
  }
}
