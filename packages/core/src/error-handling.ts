// no-catch-all's one model of handling an error, for every language: a handler handles what it
// caught when it rethrows it, passes it on (returns it, stores it, gives it to a call), exits
// non-zero, or, where the options allow, logs it. Engines judge their syntax node by node; the
// walk over those verdicts and the call rule are the same everywhere.

import { MAX_PATTERN_INPUT } from './limits.js';

/** What counts as handling, from the rule's options. */
export interface Handling {
  readonly allowLogged: boolean;
  readonly isLogger: (callee: string) => boolean;
  /** Calls that tell the user the operation failed (`toast.error`), when allowUserNotices is on. */
  readonly isNotice?: (callee: string) => boolean;
}

// A configured name is text, not a regular expression: `log(` or `(a+)+` match only themselves.
function toRegExp(pattern: string): RegExp {
  const parts = pattern.split('.').map((part) => part.split('*').map((text) => text.replace(/[\\^$.|?+()[\]{}]/g, '\\$&')).join('[\\w$]*'));
  return new RegExp(`(?:^|\\.)${parts.join('\\.')}$`, 'i');
}

/**
 * A test of dotted callees (`self.logger.error`) against patterns matched at the end of the
 * name, case-insensitively, where `*` stands for any part of one name (`logger.*`, `parse*`).
 */
export function calleeMatcher(patterns: readonly string[]): (callee: string) => boolean {
  const compiled = patterns.map(toRegExp);
  // a callee longer than any configured pattern's input is a chain no one writes as a call to match
  return (callee) => callee !== '' && callee.length <= MAX_PATTERN_INPUT && compiled.some((pattern) => pattern.test(callee));
}

// TODO / FIXME notes say a reason is missing; tool directives (`# noqa`, `// eslint-disable-line`)
// and commented-out code (`// console.log(err);`, `# logger.error(e)`, `return null`) are not reasons
const UNFINISHED = /^(?:(?:todo|fixme|xxx|hack)\b|noqa|nosec|nolint|pragma|pylint:|type:|eslint-|istanbul|c8 |@ts-|plumbline-)/i;
// a fixture annotation names a rule, it gives no reason: `// expect: no-catch-all`
const ANNOTATION = /^(?:todo-expect|todo-ok|expect|ok|breaks|notice):\s*[\w@/-]+(?:\s+--.*)?$/;
// what without why: `// ignore`, `# do nothing`, `/* empty */`
const UNEXPLAINED = /^(?:(?:just\s+|silently\s+)?(?:ignored?|ignoring|swallow(?:ed)?|skip(?:ped)?|do\s+nothing|nothing(?:\s+to\s+do)?|no-?op|empty)[.!]?|(?:ignore|swallow)\s+(?:the\s+|any\s+|all\s+)?(?:errors?|exceptions?)[.!]?)$/i;
const CODE = /^(?:[\w$.]+\s*\(.*\)\s*;?|[\w$.[\]]+\s*=\s*[^=].*;|(?:return|throw|raise)(?:\s+[\w$.()[\]'"]+)?;?|pass|continue|break)$/;

/** Whether a comment's text (markers included: `//`, `#`, `/* … *\/`) gives a reason, as ESLint's `no-empty` reads a comment in an empty block. */
export function isReasonComment(text: string): boolean {
  const body = text.replace(/^\s*(?:\/\/+|#+|\/\*+!?)/, '').replace(/\*+\/\s*$/, '').replace(/^\s*\*\s?/gm, '').trim();
  return body.length > 0 && !UNFINISHED.test(body) && !CODE.test(body) && !UNEXPLAINED.test(body) && !ANNOTATION.test(body);
}

// a comment above a statement may be about anything; it explains a dropped error when it says so
const ABOUT_THE_ERROR = /\b(?:err(?:or)?s?|ignor\w*|fail\w*|best[- ]effort|harmless|intentional\w*|on purpose|expected|handled|non-issue|must succeed|cannot fail|can't fail|never fails?)\b/i;

/** Whether a comment above a statement (not inside a handler) gives the reason its error is dropped. */
export function isReasonAbove(text: string): boolean {
  return isReasonComment(text) && ABOUT_THE_ERROR.test(text);
}

/** The calls of a `try` body and what each statement of its handler does, as an engine reads them. */
export interface TryShape {
  /** The dotted callee of every call in the `try` body, nested functions included. */
  readonly calls: readonly string[];
  /** Whether every statement of the handler only answers: returns, assigns, skips, raises, logs, responds with a client error. */
  readonly answersOnly: boolean;
}

/**
 * The failure is the answer: a narrow `try` around calls whose failure is expected (every call
 * in it parses, decodes, verifies or probes, or is harmless: a predicate, a conversion), with a handler that
 * only answers (`return null`, `return res.status(401)…`, `user = None`).
 */
export function isExpectedFailure(shape: TryShape, isAnswer: (callee: string) => boolean, isHarmless: (callee: string) => boolean): boolean {
  return shape.answersOnly && shape.calls.length > 0 && shape.calls.every((callee) => isAnswer(callee) || isHarmless(callee));
}

/** What one node says: it handles the error, nothing under it can (`skip`), or look inside (`continue`). */
export type Verdict = 'handled' | 'skip' | 'continue';

/**
 * A call to `callee`: a user notice answers the failure; any call given the error passes it on; a logger call never passes it on, and
 * handles it only when logging is allowed and it logs the error (or, `logsTrace`, its traceback).
 */
export function callVerdict(callee: string, givenError: () => boolean, handling: Handling, logsTrace: () => boolean = () => false): Verdict {
  if (handling.isNotice?.(callee)) return 'handled'; // toast.error(…): the user is told
  if (handling.isLogger(callee)) return handling.allowLogged && (givenError() || logsTrace()) ? 'handled' : 'skip';
  return givenError() ? 'handled' : 'continue';
}

/** Visits `root` and its descendants in document order; `visit` returns false to leave a node's children out. */
export type Walk<Node> = (root: Node, visit: (node: Node) => boolean) => void;

/** Whether some node under `roots` handles the error, by the engine's `judge` of each node. */
export function isHandled<Node>(roots: readonly Node[], walk: Walk<Node>, judge: (node: Node) => Verdict): boolean {
  let handled = false;
  for (const root of roots) {
    walk(root, (node) => {
      if (handled) return false;
      const verdict = judge(node);
      handled = verdict === 'handled';
      return verdict === 'continue';
    });
  }
  return handled;
}
