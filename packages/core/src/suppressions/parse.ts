import type { RuleId } from '../types.js';

/** A comment as an engine found it: its text (with comment markers) and 1-based start. */
export interface Comment {
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
}

/** What a plumbline-ignore comment covers. */
export type DirectiveScope = 'line' | 'next-line' | 'file';

/** A parsed `plumbline-ignore…` comment. */
export interface Directive {
  readonly scope: DirectiveScope;
  readonly ruleIds: readonly RuleId[];
  readonly reason: string; // '' when missing
  readonly line: number; // the comment's line
  readonly column: number;
  readonly targetLine: number; // line whose findings it covers (0 for file scope)
}

// The shape: "plumbline-ignore-next-line <rule-id>, <rule-id> -- reason".
const DIRECTIVE = /^plumbline-ignore(-next-line|-file)?(?=\s|$)\s*([^]*?)\s*$/;

function stripMarkers(text: string): string {
  return text.replace(/^(\/\/|#|\/\*+)\s*/, '').replace(/\s*\*+\/$/, '').trim();
}

/** Parses a comment into a directive, or undefined when it is not one. */
export function parseDirective(comment: Comment): Directive | undefined {
  const match = DIRECTIVE.exec(stripMarkers(comment.text));
  if (!match) return undefined;
  const [, suffix, rest = ''] = match;
  const split = rest.indexOf('--');
  const idsText = split < 0 ? rest : rest.slice(0, split);
  const reason = split < 0 ? '' : rest.slice(split + 2).trim();
  const scope: DirectiveScope = suffix === '-next-line' ? 'next-line' : suffix === '-file' ? 'file' : 'line';
  const targetLine = scope === 'file' ? 0 : scope === 'next-line' ? comment.endLine + 1 : comment.line;
  const ruleIds = idsText.split(/[\s,]+/).filter(Boolean);
  return { scope, ruleIds, reason, line: comment.line, column: comment.column, targetLine };
}

/** Every directive among the comments of a file. */
export function parseDirectives(comments: readonly Comment[]): Directive[] {
  return comments.flatMap((comment) => parseDirective(comment) ?? []);
}
