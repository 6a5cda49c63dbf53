// reportBuildSites for Python: SQL text built by interpolation in a function that leaves it
// (returned, stored on self or cls, passed to a call) with no sink of the file seen running it is
// reported where it is built. Log lines, messages and exceptions are not SQL on their way to a database.
import { holesKind } from '@plumbline/core/sql-identifiers';
import { looksLikeSql } from '@plumbline/core/sql-sinks';
import type { SqlValue } from '@plumbline/core/sql-value';
import { type Report, spanOf, type SyntaxNode } from '../../check.js';
import { scopeOf } from './python-scope.js';

type Read = (node: SyntaxNode) => SqlValue<SyntaxNode>;

// print, logging, messages, exceptions, list and string helpers: text that is not run
const NOT_RUN = /^(print|pprint|echo|secho|log|debug|info|warning|warn|error|exception|critical|fatal|write|append|extend|insert|add|_|gettext|gettext_lazy|ngettext|format|join|str|repr|len|dumps|assert\w*)$|(Error|Exception|Warning|Message)$/;
const STORED = new Set(['self', 'cls']);
const QUIET = new Set(['raise_statement', 'assert_statement']);
const SENTENCE = /^\s*[A-Z][a-z]/;

/** An expression whose value leaves its function, and how (`is returned`, `is stored in self.query`, `is passed to build_report`). */
interface Exit {
  readonly node: SyntaxNode;
  readonly goes: string;
}

function calleeName(call: SyntaxNode): string {
  const callee = call.childForFieldName('function');
  return callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text ?? '' : callee?.text ?? '';
}

function exitsOf(node: SyntaxNode): Exit[] {
  if (node.type === 'return_statement') return node.namedChildren.slice(0, 1).map((value) => ({ node: value, goes: 'is returned' }));
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (node.type === 'assignment') {
    const stored = left?.type === 'attribute' && STORED.has(left.childForFieldName('object')?.text ?? '');
    return stored && right ? [{ node: right, goes: `is stored in ${left.text}` }] : [];
  }
  const name = calleeName(node);
  if (NOT_RUN.test(name)) return [];
  const args = node.childForFieldName('arguments')?.namedChildren ?? [];
  const goes = `is passed to ${node.childForFieldName('function')?.text ?? name}`;
  return args.flatMap((arg) => arg.childForFieldName('value') ?? (arg.type === 'keyword_argument' ? [] : arg)).map((value) => ({ node: value, goes }));
}

const quiet = (node: SyntaxNode): boolean => {
  for (let current = node.parent; current && current.type !== 'function_definition'; current = current.parent) if (QUIET.has(current.type)) return true;
  return false;
};

/** Build sites of SQL that leaves its function, except those whose site is in `consumed` (a sink or helper call of the file reads them). */
export function buildSiteReports(root: SyntaxNode, read: Read, consumed: ReadonlySet<number>, skipCalls: ReadonlySet<number>): Report[] {
  const reports: Report[] = [];
  const seen = new Set<number>(consumed);
  const candidates = root.descendantsOfType(['return_statement', 'assignment', 'call']).filter((node) => !skipCalls.has(node.id) && !quiet(node));
  for (const exit of candidates.flatMap(exitsOf)) {
    const scope = scopeOf(exit.node);
    if (scope.type !== 'function_definition' || !['string', 'binary_operator', 'call', 'identifier', 'concatenated_string'].includes(exit.node.type)) continue;
    const value = read(exit.node);
    if (value.kind !== 'built' || seen.has(value.site.id) || scopeOf(value.site).id !== scope.id) continue;
    // `Revoke access for …`: a capitalized sentence, not a statement (SQL is written SELECT or select)
    if (!looksLikeSql(value.text) || SENTENCE.test(value.text) || holesKind(value.text) !== 'value') continue;
    seen.add(value.site.id);
    const away = exit.node.startPosition.row !== value.site.startPosition.row;
    const related = away ? [{ at: spanOf(exit.node), message: `the SQL ${exit.goes} here` }] : [];
    reports.push({ at: spanOf(value.site), data: { how: value.how, goes: exit.goes }, messageId: 'builtAway', related });
  }
  return reports;
}
