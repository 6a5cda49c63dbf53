// Go: `if err != nil` branches that drop the error, errors discarded with `_` or never
// assigned, ignored `recover()`, and (when allowDeferClose is off) `defer x.Close()` /
// `defer tx.Rollback()`.
import type { NoCatchAllOptions } from '@plumbline/core/rules/no-catch-all';
import { spanOf, type Match, type MessageData, type Report, type SyntaxNode } from '../../check.js';
import { checkErrorBranch } from './go-branches.js';
import { checkBlank, checkStatement, ERROR_NAME, type GoFile } from './go-discards.js';
import { checkRecover } from './go-recover.js';
import { cachedLoggerMatcher } from './loggers.js';

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

// const pattern = `^[a-z]+$`: names whose value is fixed when the code is written
function constantsOf(matches: readonly Match[]): Set<string> {
  const constants = new Set<string>();
  for (const { _const: spec } of matches) {
    for (const name of spec?.childrenForFieldName('name') ?? []) constants.add(name.text);
  }
  return constants;
}

// `if err != nil { … }`: reported at the condition when the branch drops the error; with a
// further condition (`err != nil && !errors.Is(…)`) only when it is empty, since the rest narrows
function checkIf(node: SyntaxNode, options: NoCatchAllOptions): MessageData | undefined {
  const condition = node.childForFieldName('condition');
  const left = condition?.childForFieldName('left');
  const narrowed = left?.type === 'binary_expression';
  const name = (narrowed ? left.childForFieldName('left') : left)?.text ?? '';
  const body = node.childForFieldName('consequence');
  if (!body || !ERROR_NAME.test(name) || (narrowed && body.descendantsOfType('statement_list').some((list) => list.namedChildren.some((child) => child.type !== 'comment')))) return undefined;
  return checkErrorBranch(body, name, options);
}

function checkDefer(node: SyntaxNode, options: NoCatchAllOptions): MessageData | undefined {
  if (options.allowDeferClose) return undefined;
  const callee = node.namedChild(0)?.childForFieldName('function')?.text ?? '';
  return { what: `\`defer ${callee}()\` drops the error it returns`, fix: 'check it in a deferred function and join it into the returned error' };
}

/** Every finding of a Go file, from the matches of go.scm. */
export function checkGo(matches: readonly Match[], options: NoCatchAllOptions): Report[] {
  const file: GoFile = { imports: importsOf(matches), constants: constantsOf(matches) };
  const handling = { allowLogged: options.allowLogged, isLogger: cachedLoggerMatcher(options.loggers) };
  const reports: Report[] = [];
  for (const { finding: node } of matches) {
    if (!node) continue;
    let data: MessageData | undefined;
    let at = spanOf(node);
    if (node.type === 'if_statement') {
      data = checkIf(node, options);
      at = { start: node.startPosition, end: node.childForFieldName('condition')?.endPosition ?? node.endPosition };
    } else if (node.type === 'defer_statement') data = checkDefer(node, options);
    else if (node.type === 'call_expression') data = checkRecover(node, handling);
    else if (node.type === 'expression_statement') data = checkStatement(node, file, options);
    else data = checkBlank(node, file, options);
    if (data) reports.push({ at, data });
  }
  return reports;
}
