// Go: an error result discarded with `_` (`_ = json.Unmarshal(b, &v)`, `n, _ := strconv.Atoi(s)`)
// or never assigned (`os.Remove(tmp)` as a statement), for the calls of core's catalog.
import {
  GO_CLEANUP_METHODS, GO_DECODE_FUNCTIONS, GO_EFFECT_FUNCTIONS, GO_EFFECT_METHODS, GO_STATEMENT_METHODS,
} from '@plumbline/core/error-calls/go';
import { isReasonAbove, isReasonComment } from '@plumbline/core/error-handling';
import type { NoCatchAllOptions } from '@plumbline/core/rules/no-catch-all';
import type { MessageData, SyntaxNode } from '../../check.js';
import { commentsAbove } from './syntax.js';

/** What the discard checks know of a file: its imports (`json` → `encoding/json`) and its constants. */
export interface GoFile {
  readonly imports: ReadonlyMap<string, string>;
  readonly constants: ReadonlySet<string>;
}

const FIX = 'return it wrapped with `fmt.Errorf("…: %w", err)`, handle it, or log it';
export const ERROR_NAME = /^err$|^err[A-Z0-9_]|Err$/;
const METHODS = new Set(GO_EFFECT_METHODS);
const STATEMENT_METHODS = new Set(GO_STATEMENT_METHODS);
const CLEANUP = new Set(GO_CLEANUP_METHODS);

const inCatalog = (pkg: string, name: string): boolean => !!(GO_EFFECT_FUNCTIONS[pkg]?.includes(name) || GO_DECODE_FUNCTIONS[pkg]?.includes(name));

// The catalog name of a call: `json.Unmarshal` (package function) or `.Scan` (method), or undefined
function catalogName(call: SyntaxNode, file: GoFile, methods: ReadonlySet<string>, options: NoCatchAllOptions): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'selector_expression') return undefined;
  const method = callee.childForFieldName('field')?.text ?? '';
  let root = callee.childForFieldName('operand');
  const path: string[] = [method];
  while (root?.type === 'selector_expression') {
    path.unshift(root.childForFieldName('field')?.text ?? '');
    root = root.childForFieldName('operand');
  }
  const pkg = root?.type === 'identifier' ? file.imports.get(root.text) : undefined;
  if (pkg !== undefined) return inCatalog(pkg, path.join('.')) ? `${root?.text ?? ''}.${path.join('.')}` : undefined;
  if (methods.has(method) || (CLEANUP.has(method) && !options.allowDeferClose)) return method;
  return undefined;
}

const LITERALS = new Set(['interpreted_string_literal', 'raw_string_literal', 'int_literal', 'float_literal', 'true', 'false', 'nil']);

// a literal, a constant of the file, or a package's exported name (`time.RFC3339`)
function isConstant(arg: SyntaxNode, file: GoFile): boolean {
  if (LITERALS.has(arg.type)) return true;
  if (arg.type === 'identifier') return file.constants.has(arg.text);
  return arg.type === 'selector_expression' && file.imports.has(arg.childForFieldName('operand')?.text ?? '');
}

// time.Parse(time.RFC3339, "9999-12-31T23:59:59Z"), regexp.Compile(slugPattern): the outcome is fixed when the code is written
function hasConstantArguments(call: SyntaxNode, file: GoFile): boolean {
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  return args.some((arg) => arg.type !== 'selector_expression' && isConstant(arg, file)) && args.every((arg) => isConstant(arg, file));
}

// _, _ = io.Copy(io.Discard, resp.Body): draining a body so the connection can be reused
function isDrain(call: SyntaxNode): boolean {
  return call.childForFieldName('arguments')?.namedChild(0)?.text === 'io.Discard';
}

// defer func() { _ = os.RemoveAll(dir) }(): cleanup, like `defer f.Close()`
function isInDeferredFunction(node: SyntaxNode): boolean {
  let current = node.parent;
  while (current && current.type !== 'func_literal' && current.type !== 'function_declaration' && current.type !== 'method_declaration') {
    current = current.parent;
  }
  return current?.type === 'func_literal' && current.parent?.type === 'call_expression' && current.parent.parent?.type === 'defer_statement';
}

// _ = os.RemoveAll(dir) // the cache is rebuilt on start: a comment on the line, or right above it, gives the reason
function hasReasonComment(node: SyntaxNode): boolean {
  const next = node.nextSibling;
  const trailing = next?.type === 'comment' && next.startPosition.row === node.endPosition.row ? [next] : [];
  return trailing.some((comment) => isReasonComment(comment.text)) || commentsAbove(node).some((comment) => isReasonAbove(comment.text));
}

function isExempt(node: SyntaxNode, call: SyntaxNode, file: GoFile, options: NoCatchAllOptions): boolean {
  return hasConstantArguments(call, file) || isDrain(call) || (options.allowDeferClose && isInDeferredFunction(node))
    || (options.allowCommentedHandlers && hasReasonComment(node));
}

const ZERO_TESTS = new Set(['int_literal', 'float_literal', 'interpreted_string_literal', 'nil']);

// `v > 0`, `id == 0`, `name != ""`: the condition compares `name` with a literal
function comparesWithLiteral(condition: SyntaxNode | null, name: string): boolean {
  if (condition?.type !== 'binary_expression') return false;
  const left = condition.childForFieldName('left');
  const right = condition.childForFieldName('right');
  if (left?.text === name && right && ZERO_TESTS.has(right.type)) return true;
  return comparesWithLiteral(left, name) || comparesWithLiteral(right, name);
}

// if v, _ := strconv.Atoi(m); v > 0 { … } / id, _ := …; if id == 0 { return }: the zero value is the answer, tested at once
function testsValue(node: SyntaxNode): boolean {
  const name = node.childForFieldName('left')?.namedChild(0)?.text ?? '_';
  if (name === '_') return false;
  const { parent } = node;
  if (parent?.type === 'if_statement' && parent.childForFieldName('initializer')?.id === node.id) {
    return comparesWithLiteral(parent.childForFieldName('condition'), name);
  }
  let next = node.nextNamedSibling;
  while (next?.type === 'comment') next = next.nextNamedSibling;
  return next?.type === 'if_statement' && comparesWithLiteral(next.childForFieldName('condition'), name);
}

/** `_ = err`, `_ = json.Unmarshal(b, &v)`, `n, _ := strconv.Atoi(s)`. */
export function checkBlank(node: SyntaxNode, file: GoFile, options: NoCatchAllOptions): MessageData | undefined {
  const left = node.childForFieldName('left')?.namedChildren ?? [];
  const right = node.childForFieldName('right')?.namedChildren ?? [];
  const [value] = right;
  if (right.length !== 1 || !value) return undefined;
  if (value.type === 'identifier' && left.length === 1 && ERROR_NAME.test(value.text)) {
    return { what: `\`_ = ${value.text}\` discards the error`, fix: FIX };
  }
  if (value.type !== 'call_expression' || isExempt(node, value, file, options) || testsValue(node)) return undefined;
  const name = catalogName(value, file, METHODS, options);
  // cleanup on a failing path is left alone, except Close/Rollback, which allowDeferClose governs
  if (name && !CLEANUP.has(name) && isOnFailurePath(node)) return undefined;
  return name ? { what: `The error returned by ${name} is discarded with \`_\``, fix: 'check it, then return, handle or log it' } : undefined;
}

// _ = os.RemoveAll(dir); return "", fmt.Errorf(…): the next statement returns an error
function returnsErrorNext(node: SyntaxNode): boolean {
  let next = node.nextNamedSibling;
  while (next?.type === 'comment') next = next.nextNamedSibling;
  const values = next?.type === 'return_statement' ? next.namedChild(0)?.namedChildren ?? [] : [];
  const last = values[values.length - 1];
  return last !== undefined && (ERROR_NAME.test(last.text) || /^(?:fmt\.Errorf|errors\.New|errors\.Join)\(/.test(last.text));
}

// if err != nil { os.Remove(tmp); return err }: cleanup on a path that already fails
function isOnFailurePath(node: SyntaxNode): boolean {
  if (returnsErrorNext(node)) return true;
  for (let current = node.parent; current && current.type !== 'func_literal' && current.type !== 'function_declaration'; current = current.parent) {
    if (current.type !== 'if_statement') continue;
    const condition = current.childForFieldName('condition');
    if (condition?.type === 'binary_expression' && condition.child(1)?.type === '!=' && ERROR_NAME.test(condition.childForFieldName('left')?.text ?? '')) return true;
  }
  return false;
}

/** `os.Remove(tmp)`, `db.Exec(…)` as a statement: the error result is never assigned. */
export function checkStatement(node: SyntaxNode, file: GoFile, options: NoCatchAllOptions): MessageData | undefined {
  const call = node.namedChild(0);
  if (call?.type !== 'call_expression' || isExempt(node, call, file, options) || isOnFailurePath(node)) return undefined;
  const name = catalogName(call, file, STATEMENT_METHODS, options);
  return name ? { what: `The error returned by ${name} is ignored`, fix: 'check it, then return, handle or log it' } : undefined;
}
