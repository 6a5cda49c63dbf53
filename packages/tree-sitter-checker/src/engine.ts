// Parses each file once, runs every given rule over that tree, and turns tree-sitter's 0-based
// rows and columns into core's 1-based locations (the only place that does).
import {
  formatMessage, LANGUAGE_NAMES, NestingLimitError, nestingNotice,
  type Comment, type EffectiveRule, type Engine, type FileResult, type Finding, type Location, type Notice, type SourceFile,
} from '@plumbline/core';
import { spanOf, type Check, type Match, type Report, type Span } from './check.js';
import { FileContext } from './file-context.js';
import { isTreeSitterLanguage, type TreeSitterLanguage } from './languages.js';
import { withTree, type QueryCapture, type SyntaxNode, type Tree } from './parser.js';
import { damageOf, isDamaged, type Damage } from './recovery.js';
import { querySetFor } from './query-set.js';
import { checks } from './rules/index.js';

const checksById = new Map(checks.map((check) => [check.meta.id, check]));

interface ActiveCheck {
  readonly rule: EffectiveRule;
  readonly meta: Check['meta'];
  readonly run: NonNullable<Check['languages'][TreeSitterLanguage]>;
}

function toLocation(file: string, { start, end }: Span): Location {
  return { file, startLine: start.row + 1, startColumn: start.column + 1, endLine: end.row + 1, endColumn: end.column + 1 };
}

function toComment(text: string, { start, end }: Span): Comment {
  return { text, line: start.row + 1, column: start.column + 1, endLine: end.row + 1 };
}

function toFinding(active: ActiveCheck, file: SourceFile, report: Report): Finding {
  const messageId = report.messageId ?? active.run.messageId;
  if (!(messageId in active.meta.messages)) throw new Error(`unknown messageId "${messageId}"`);
  return {
    ruleId: active.meta.id,
    messageId,
    message: formatMessage(active.meta.messages[messageId] ?? messageId, report.data),
    severity: active.rule.severity,
    location: toLocation(file.relativePath, report.at),
    ...(report.related?.length
      ? { related: report.related.map(({ at, message }) => ({ ...toLocation(file.relativePath, at), message })) }
      : {}),
  };
}

function engineError(file: SourceFile, error: unknown, ruleId?: string): Notice {
  if (error instanceof NestingLimitError) return nestingNotice(file.relativePath, error, ruleId);
  const reason = error instanceof Error ? error.message : String(error);
  const what = ruleId ? `rule ${ruleId}` : 'the tree-sitter engine';
  return { level: 'error', code: 'engine-error', file: file.relativePath, message: `Internal error in ${what}: ${reason}` };
}

// A file that is mostly syntax errors is not checked; otherwise the notice says how much was left out.
function parseError(file: SourceFile, language: TreeSitterLanguage, damage: Damage, lineCount: number): Notice {
  const line = Number.isFinite(damage.firstRow) ? damage.firstRow + 1 : 1;
  const skipped = isMostlyDamaged(damage, lineCount)
    ? 'the file was not checked'
    : `${damage.rows} of ${lineCount} lines around ${damage.ranges.length === 1 ? 'it were' : 'the errors were'} not checked, the rest was`;
  const message = `${LANGUAGE_NAMES[language]} syntax error at line ${line}; ${skipped}.`;
  return { level: 'warning', code: 'parse-error', file: file.relativePath, line, message };
}

const isMostlyDamaged = (damage: Damage, lineCount: number): boolean => damage.rows * 2 >= lineCount;

function activeChecks(rules: readonly EffectiveRule[], language: TreeSitterLanguage): ActiveCheck[] {
  const active: ActiveCheck[] = [];
  for (const rule of rules) {
    const check = checksById.get(rule.id);
    const run = check?.languages[language];
    if (check && run) active.push({ rule, meta: check.meta, run });
  }
  return active;
}

function toMatch(captures: readonly QueryCapture[]): Match {
  const match: Record<string, SyntaxNode> = {};
  for (const { name, node } of captures) match[name] ??= node;
  return match;
}

interface Collected {
  readonly perCheck: Match[][];
  readonly comments: Comment[];
  readonly commentSpans: Span[]; // comments and docstrings
}

// One traversal: the base patterns feed comments, every other pattern feeds the checks that wrote it.
function collect(tree: Tree, language: TreeSitterLanguage, active: readonly ActiveCheck[]): Collected {
  const { query, owners } = querySetFor(language, active.map((check) => check.run.query));
  const collected: Collected = { perCheck: active.map(() => []), comments: [], commentSpans: [] };
  for (const { patternIndex, captures } of query.matches(tree.rootNode)) {
    let match: Match | undefined;
    for (const owner of owners[patternIndex] ?? []) {
      if (owner >= 0) collected.perCheck[owner]?.push((match ??= toMatch(captures)));
      else collectComments(collected, captures);
    }
  }
  return collected;
}

function collectComments(collected: Collected, captures: readonly QueryCapture[]): void {
  for (const { name, node } of captures) {
    const span = spanOf(node);
    collected.commentSpans.push(span);
    if (name === 'comment') collected.comments.push(toComment(node.text, span));
  }
}

function checkTree(file: SourceFile, language: TreeSitterLanguage, rules: readonly EffectiveRule[], tree: Tree): FileResult {
  const lineCount = tree.rootNode.endPosition.row + 1;
  const damage = damageOf(tree, language, lineCount);
  const notices: Notice[] = damage ? [parseError(file, language, damage, lineCount)] : [];
  if (damage && isMostlyDamaged(damage, lineCount)) return { findings: [], comments: [], notices };
  const active = activeChecks(rules, language);
  const { perCheck, comments, commentSpans } = collect(tree, language, active);
  const context = new FileContext(file.relativePath, file.text, language, commentSpans);
  const findings: Finding[] = [];
  active.forEach((check, index) => {
    try {
      for (const report of check.run.measure(perCheck[index] ?? [], context, check.rule.options)) {
        if (!isDamaged(damage, report.at)) findings.push(toFinding(check, file, report));
      }
    } catch (error) {
      notices.push(engineError(file, error, check.rule.id));
    }
  });
  return { findings, comments, notices };
}

/** Checks one Python or Go file; never throws: parse failures and internal errors become notices. */
export function checkFile(file: SourceFile, rules: readonly EffectiveRule[]): FileResult {
  try {
    if (!isTreeSitterLanguage(file.language)) throw new Error(`it does not check ${file.language} files`);
    const language = file.language;
    // every finding and comment is plain data before withTree frees the tree
    return withTree(language, file.text, (tree) => checkTree(file, language, rules, tree));
  } catch (error) {
    return { findings: [], comments: [], notices: [engineError(file, error)] };
  }
}

/** The tree-sitter engine: Python and Go. */
export const treeSitterEngine: Engine = {
  name: 'tree-sitter',
  languages: ['python', 'go'],
  check: checkFile,
};
