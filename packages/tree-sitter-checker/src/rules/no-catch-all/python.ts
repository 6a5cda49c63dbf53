// Python: which `except` clauses catch everything (bare, Exception, BaseException) and swallow it.
import type { HandlerCalls } from '@plumbline/core/error-calls/answers';
import { type Handling, isExpectedFailure } from '@plumbline/core/error-handling';
import type { NoCatchAllOptions } from '@plumbline/core/rules/no-catch-all';
import type { Report, SyntaxNode } from '../../check.js';
import { hasReasonComment, tryShapeOf } from './python-expected.js';
import { handlesException, onlyIgnores } from './python-handling.js';
import { dottedName, lastName } from './syntax.js';

const CATCH_ALL = new Set(['Exception', 'BaseException']);

function catchAllFix(options: NoCatchAllOptions): string {
  const handle = options.allowLogged ? 're-raise, return or log the error with `logger.exception(…)`' : 're-raise or return the error';
  return `catch the specific exceptions you expect, or ${handle}`;
}

interface Clause {
  readonly types: readonly SyntaxNode[];
  readonly typeText: string;
  readonly alias: string | undefined;
  readonly body: SyntaxNode | undefined;
  readonly head: { readonly start: SyntaxNode['startPosition']; readonly end: SyntaxNode['endPosition'] };
}

// (A, B) and ((A, B)) name each of their elements
function flatten(node: SyntaxNode): SyntaxNode[] {
  if (node.type === 'tuple' || node.type === 'parenthesized_expression') return node.namedChildren.flatMap(flatten);
  return [node];
}

// except A:, except (A, B) as e:, and Python 3.14's unparenthesized except A, B:
function readClause(clause: SyntaxNode): Clause {
  const values = clause.childrenForFieldName('value');
  const [first] = values;
  const alias = first?.type === 'as_pattern' ? first.childForFieldName('alias')?.text : undefined;
  const typeNodes = first?.type === 'as_pattern' ? [first.namedChild(0)].filter((node) => node !== null) : values;
  const body = clause.namedChildren.find((child) => child.type === 'block');
  const end = values[values.length - 1]?.endPosition ?? clause.child(0)?.endPosition ?? clause.endPosition;
  return {
    types: typeNodes.flatMap(flatten),
    typeText: typeNodes.map((node) => node.text).join(', '),
    alias,
    body,
    head: { start: clause.startPosition, end },
  };
}

// the decisions respected before reporting: a reason in a comment, a failure that is the answer
// (not when the clause names the expected exception and adds Exception anyway: `(ValueError, Exception)`)
function isDecided(node: SyntaxNode, clause: Clause, options: NoCatchAllOptions, handling: Handling, calls: HandlerCalls): boolean {
  if (options.allowCommentedHandlers && hasReasonComment(node)) return true;
  const onlyCatchAll = clause.types.every((type) => CATCH_ALL.has(lastName(dottedName(type))));
  return onlyCatchAll && !!clause.body && isExpectedFailure(tryShapeOf(node, clause.body, calls, handling.isLogger), calls.isAnswer, calls.isHarmless);
}

/** Decides one `except` clause; undefined when it is fine. */
export function checkExceptClause(node: SyntaxNode, options: NoCatchAllOptions, handling: Handling, calls: HandlerCalls): Report | undefined {
  const clause = readClause(node);
  if (clause.types.length === 0) {
    const fix = 'name the exceptions you expect, or write `except Exception:` and re-raise or log the error';
    return { at: clause.head, data: { what: 'Bare `except:` catches every exception, KeyboardInterrupt and SystemExit included', fix } };
  }
  if (!clause.body || isDecided(node, clause, options, handling, calls)) return undefined;
  const catchesAll = clause.types.some((type) => CATCH_ALL.has(lastName(dottedName(type))));
  if (catchesAll && !handlesException(clause.body, clause.alias, handling)) {
    return { at: clause.head, data: { what: `\`except ${clause.typeText}\` catches every error and swallows it`, fix: catchAllFix(options) } };
  }
  if (!catchesAll && !options.allowSpecificExceptions && onlyIgnores(clause.body)) {
    const fix = 'handle it, or suppress this finding with the reason it is safe to ignore';
    return { at: clause.head, data: { what: `\`except ${clause.typeText}\` silently ignores the error`, fix } };
  }
  return undefined;
}
