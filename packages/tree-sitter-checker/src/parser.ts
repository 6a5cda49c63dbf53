// The one parser layer: web-tree-sitter (WebAssembly) and the grammars' own `.wasm` builds, so the
// package installs with no compiler and no native binary on any OS that runs Node. Everything else
// in the engine sees only the types and functions exported here.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Language, Parser, Query, type Node, type Point, type QueryCapture, type QueryMatch, type Tree } from 'web-tree-sitter';

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

/** Runs a parse and a callback over its tree, and frees the tree afterwards whatever happens. */
export function withTree<T>(name: GrammarName, text: string, use: (tree: Tree) => T): T {
  const tree = parseText(name, text);
  try {
    return use(tree);
  } finally {
    tree.delete();
  }
}
