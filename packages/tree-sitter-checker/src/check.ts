// How a rule is written for tree-sitter: a query per language, and a measure only where the
// query cannot decide alone (counting lines, computing depth).
import type { RuleMeta } from '@plumbline/core';
import type { TreeSitterLanguage } from './languages.js';
import type { Point, SyntaxNode } from './parser.js';
import { queries } from './queries.generated.js';

export type { SyntaxNode };

/** A 0-based tree-sitter range; engine.ts turns it into a 1-based Location. */
export interface Span {
  readonly start: Point;
  readonly end: Point;
}

/** One query match: the node of each capture, by capture name without `@` (`finding`, `_scope`). */
export type Match = Readonly<Record<string, SyntaxNode>>;

/** Values for a message's `{{placeholders}}`. */
export type MessageData = Readonly<Record<string, string | number>>;

/** One finding a check decided on: where it is, and what fills its message. */
export interface Report {
  readonly at: Span;
  readonly data: MessageData;
  /** One of the rule's messages, when it is not the language check's default `messageId`. */
  readonly messageId?: string;
  /** Places that explain the finding, e.g. where a SQL string was built. */
  readonly related?: readonly { readonly at: Span; readonly message: string }[];
}

/** What a measure can read about the file being checked; line data is computed on first use. */
export interface CheckFile {
  /** Repository-relative path with forward slashes (`pkg/store/orders_test.go`). */
  readonly path: string;
  readonly text: string;
  readonly language: TreeSitterLanguage;
  /** The lines of the text, without line terminators, by 0-based row. */
  readonly lines: readonly string[];
  /** BLANK, COMMENT or CODE (see lines.ts) for every 0-based row. */
  readonly lineKinds: Uint8Array;
}

/** Turns the matches of a check's query in one file (in the order found) into reports. */
export type Measure<Options> = (matches: readonly Match[], file: CheckFile, options: Options) => readonly Report[];

/** How a rule runs on one language. */
export interface LanguageCheck<Options> {
  /** Key of the query in queries.generated.ts: `<rule-id>/<language>`. */
  readonly query: string;
  readonly messageId: string;
  /** Decides which matches are findings and supplies message data; by default every @finding, without data. */
  readonly measure?: Measure<Options>;
}

/** Options as configured for one file, before the rule's defaults are applied. */
export type RawOptions = Readonly<Record<string, unknown>>;

/** A rule's tree-sitter implementation, as the engine runs it: measures take options as configured. */
export interface Check {
  readonly meta: RuleMeta;
  readonly languages: Partial<Record<TreeSitterLanguage, Required<LanguageCheck<RawOptions>>>>;
}

/** The span of a node. */
export function spanOf(node: SyntaxNode): Span {
  return { start: node.startPosition, end: node.endPosition };
}

/** Lifts a decision about one match into a measure over all of a file's matches. */
export function eachMatch<Options>(
  decide: (match: Match, file: CheckFile, options: Options) => Report | undefined,
): Measure<Options> {
  return (matches, file, options) => {
    const reports: Report[] = [];
    for (const match of matches) {
      const report = decide(match, file, options);
      if (report) reports.push(report);
    }
    return reports;
  };
}

// Without a measure, the query alone decides: report every @finding.
const reportEveryFinding = eachMatch<unknown>((match) => (match.finding ? { at: spanOf(match.finding), data: {} } : undefined));

function checkLanguage<Options extends object>(meta: RuleMeta<Options>, language: TreeSitterLanguage, check: LanguageCheck<Options>): void {
  const where = `Rule ${meta.id} (${language})`;
  if (!meta.languages.includes(language)) throw new Error(`${where}: the rule metadata does not list ${language}`);
  if (!(check.query in queries)) throw new Error(`${where}: no query "${check.query}"; run \`pnpm gen\``);
  if (!(check.messageId in meta.messages)) throw new Error(`${where}: unknown messageId "${check.messageId}"`);
}

/** Binds a rule's metadata to its per-language queries and measures; options reach a measure with defaults applied. */
export function defineCheck<Options extends object>(
  meta: RuleMeta<Options>,
  languages: Partial<Record<TreeSitterLanguage, LanguageCheck<Options>>>,
): Check {
  const bound: Check['languages'] = {};
  for (const [language, check] of Object.entries(languages) as [TreeSitterLanguage, LanguageCheck<Options>][]) {
    checkLanguage(meta, language, check);
    const measure: Measure<Options> = check.measure ?? reportEveryFinding;
    bound[language] = {
      query: check.query,
      messageId: check.messageId,
      measure: (matches, file, options) => measure(matches, file, { ...meta.options.defaults, ...options } as Options),
    };
  }
  return Object.freeze({ meta: meta as RuleMeta, languages: Object.freeze(bound) });
}
