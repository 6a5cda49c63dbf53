// Go: an `if err != nil` branch that drops the error: empty, clearing it (`err = nil`), or
// returning nil as the function's error (nilerr's shape); with option reportErrorFallbacks,
// also a branch that only assigns a fallback (`if err != nil { size = 0 }`). A comment that
// gives the reason is a decision (option allowCommentedHandlers), as in every language.
import { isReasonAbove, isReasonComment } from '@plumbline/core/error-handling';
import type { MessageData, SyntaxNode } from '../../check.js';
import { commentsAbove, readsAny } from './syntax.js';

const FIX = 'return it wrapped with `fmt.Errorf("…: %w", err)`, handle it, or log it';
const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal']);
const ASSIGNMENTS = new Set(['assignment_statement', 'short_var_declaration', 'inc_statement', 'dec_statement']);

// func f() error, func f() (int, error), func f() (n int, err error): the last result is an error
function returnsError(node: SyntaxNode): boolean {
  let current = node.parent;
  while (current && !FUNCTIONS.has(current.type)) current = current.parent;
  const result = current?.childForFieldName('result');
  if (!result) return false;
  const last = result.type === 'parameter_list' ? result.namedChildren.filter((child) => child.type === 'parameter_declaration').pop() : result;
  return (last?.type === 'parameter_declaration' ? last.childForFieldName('type')?.text : last?.text) === 'error';
}

// return nil / return user, nil: the error result is nil
function returnsNilError(statement: SyntaxNode): boolean {
  const values = statement.namedChild(0)?.namedChildren ?? [];
  return values.length > 0 && values[values.length - 1]?.type === 'nil' && returnsError(statement);
}

// err = nil: the error is cleared
function clears(statement: SyntaxNode, name: string): boolean {
  const left = statement.childForFieldName('left')?.namedChildren ?? [];
  const right = statement.childForFieldName('right')?.namedChildren ?? [];
  return statement.type === 'assignment_statement' && left.length === 1 && left[0]?.text === name && right[0]?.type === 'nil';
}

/** What an `if err != nil` check needs of the options. */
export interface BranchOptions {
  readonly allowCommentedHandlers: boolean;
  readonly reportErrorFallbacks: boolean;
}

/** Decides the branch of `if err != nil` (`name` is the error's variable); undefined when it handles the error. */
export function checkErrorBranch(body: SyntaxNode, name: string, options: BranchOptions): MessageData | undefined {
  // a block holds its statements in a statement_list, and comments beside it; the comments right above the `if` count too
  const children = body.namedChildren.flatMap((child) => (child.type === 'statement_list' ? child.namedChildren : [child]));
  const statements = children.filter((child) => child.type !== 'comment');
  const inside = children.filter((child) => child.type === 'comment').some((comment) => isReasonComment(comment.text));
  const above = () => (body.parent ? commentsAbove(body.parent) : []).some((comment) => isReasonAbove(comment.text));
  if (options.allowCommentedHandlers && (inside || above())) return undefined;
  if (statements.length === 0) return { what: `\`if ${name} != nil {}\` is empty, so the error is ignored`, fix: FIX };
  if (statements.every((statement) => clears(statement, name))) return { what: `\`if ${name} != nil { ${name} = nil }\` clears the error`, fix: FIX };
  const names = new Set([name]);
  const last = statements[statements.length - 1]!;
  const before = last.type === 'return_statement' ? statements.slice(0, -1) : statements;
  if (!before.every((statement) => ASSIGNMENTS.has(statement.type) && !readsAny(statement, names))) return undefined;
  if (last.type !== 'return_statement') {
    return options.reportErrorFallbacks ? { what: `\`if ${name} != nil\` only assigns a fallback, so the error is dropped`, fix: FIX } : undefined;
  }
  if (!readsAny(last, names) && returnsNilError(last)) return { what: `\`if ${name} != nil\` returns a nil error, so the failure is reported as success`, fix: FIX };
  return undefined;
}
