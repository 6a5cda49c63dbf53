// @plumbline/tree-sitter-checker: Plumbline's rules for Python and Go, on tree-sitter.
export { treeSitterEngine, checkFile } from './engine.js';
export { checks } from './rules/index.js';
export { queries } from './queries.generated.js';
export {
  defineCheck, eachMatch, spanOf,
  type Check, type CheckFile, type LanguageCheck, type Match, type Measure, type MessageData, type RawOptions, type Report, type Span,
  type SyntaxNode,
} from './check.js';
export { TREE_SITTER_LANGUAGES, isTreeSitterLanguage, type TreeSitterLanguage } from './languages.js';
export { compileQuery, grammarOf, withTree } from './parser.js';
export { generateChecksIndex, generateQueriesModule, listCheckIds } from './generate.js';
