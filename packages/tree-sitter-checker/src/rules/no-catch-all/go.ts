// Go: empty `if err != nil {}`, errors discarded with `_`, ignored `recover()`, and (when
// allowDeferClose is off) `defer x.Close()` / `defer tx.Rollback()`.
import type { NoCatchAllOptions } from '@plumbline/core/rules/no-catch-all';
import { spanOf, type Match, type MessageData, type Report, type SyntaxNode } from '../../check.js';
import { GO_CLEANUP_METHODS, GO_ERROR_FUNCTIONS, GO_ERROR_METHODS } from './go-error-functions.js';
import { checkRecover } from './go-recover.js';
import { cachedLoggerMatcher } from './loggers.js';

const FIX = 'return it wrapped with `fmt.Errorf("…: %w", err)`, handle it, or log it';
const ERROR_NAME = /^err$|^err[A-Z0-9_]|Err$/;
const METHODS = new Set(GO_ERROR_METHODS);
const CLEANUP = new Set(GO_CLEANUP_METHODS);

// import "encoding/json" → json; import js "encoding/json" → js
function importsOf(matches: readonly Match[]): Map<string, string> {
  const imports = new Map<string, string>();
  for (const { _import: spec } of matches) {
    const path = spec?.childForFieldName('path')?.text.slice(1, -1);
    if (!path) continue;
    const local = spec?.childForFieldName('name')?.text ?? path.slice(path.lastIndexOf('/') + 1);
    imports.set(local, path);
  }
  return imports;
}

// `if err != nil {}` with nothing but comments inside
function checkEmptyIf(node: SyntaxNode): MessageData | undefined {
  const name = node.childForFieldName('condition')?.childForFieldName('left')?.text ?? '';
  const body = node.childForFieldName('consequence');
  if (!ERROR_NAME.test(name) || body?.namedChildren.some((child) => child.type !== 'comment')) return undefined;
  return { what: `\`if ${name} != nil {}\` is empty, so the error is ignored`, fix: FIX };
}

// The catalog name of a call: `json.Unmarshal` (package function) or `.Scan` (method), or undefined
function catalogName(call: SyntaxNode, imports: ReadonlyMap<string, string>, options: NoCatchAllOptions): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'selector_expression') return undefined;
  const method = callee.childForFieldName('field')?.text ?? '';
  let root = callee.childForFieldName('operand');
  const path: string[] = [method];
  while (root?.type === 'selector_expression') {
    path.unshift(root.childForFieldName('field')?.text ?? '');
    root = root.childForFieldName('operand');
  }
  const pkg = root?.type === 'identifier' ? imports.get(root.text) : undefined;
  if (pkg !== undefined) return GO_ERROR_FUNCTIONS[pkg]?.includes(path.join('.')) ? `${root?.text ?? ''}.${path.join('.')}` : undefined;
  if (METHODS.has(method) || (CLEANUP.has(method) && !options.allowDeferClose)) return method;
  return undefined;
}

const LITERALS = new Set(['interpreted_string_literal', 'raw_string_literal', 'int_literal', 'float_literal', 'true', 'false', 'nil']);

// time.Parse(time.RFC3339, "9999-12-31T23:59:59Z"): the outcome is fixed when the code is written
function hasConstantArguments(call: SyntaxNode, imports: ReadonlyMap<string, string>): boolean {
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  return args.some((arg) => LITERALS.has(arg.type)) && args.every((arg) => LITERALS.has(arg.type)
    || (arg.type === 'selector_expression' && imports.has(arg.childForFieldName('operand')?.text ?? '')));
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

// `_ = err`, `_ = json.Unmarshal(b, &v)`, `n, _ := strconv.Atoi(s)`
function checkBlank(node: SyntaxNode, imports: ReadonlyMap<string, string>, options: NoCatchAllOptions): MessageData | undefined {
  const left = node.childForFieldName('left')?.namedChildren ?? [];
  const right = node.childForFieldName('right')?.namedChildren ?? [];
  const [value] = right;
  if (right.length !== 1 || !value) return undefined;
  if (value.type === 'identifier' && left.length === 1 && ERROR_NAME.test(value.text)) {
    return { what: `\`_ = ${value.text}\` discards the error`, fix: FIX };
  }
  if (value.type !== 'call_expression' || hasConstantArguments(value, imports) || isDrain(value)) return undefined;
  if (options.allowDeferClose && isInDeferredFunction(node)) return undefined;
  const name = catalogName(value, imports, options);
  return name ? { what: `The error returned by ${name} is discarded with \`_\``, fix: 'check it, then return, handle or log it' } : undefined;
}

function checkDefer(node: SyntaxNode, options: NoCatchAllOptions): MessageData | undefined {
  if (options.allowDeferClose) return undefined;
  const callee = node.namedChild(0)?.childForFieldName('function')?.text ?? '';
  return { what: `\`defer ${callee}()\` drops the error it returns`, fix: 'check it in a deferred function and join it into the returned error' };
}

/** Every finding of a Go file, from the matches of go.scm. */
export function checkGo(matches: readonly Match[], options: NoCatchAllOptions): Report[] {
  const imports = importsOf(matches);
  const handling = { allowLogged: options.allowLogged, isLogger: cachedLoggerMatcher(options.loggers) };
  const reports: Report[] = [];
  for (const { finding: node } of matches) {
    if (!node) continue;
    let data: MessageData | undefined;
    let at = spanOf(node);
    if (node.type === 'if_statement') {
      data = checkEmptyIf(node);
      at = { start: node.startPosition, end: node.childForFieldName('condition')?.endPosition ?? node.endPosition };
    } else if (node.type === 'defer_statement') data = checkDefer(node, options);
    else if (node.type === 'call_expression') data = checkRecover(node, handling);
    else data = checkBlank(node, imports, options);
    if (data) reports.push({ at, data });
  }
  return reports;
}
