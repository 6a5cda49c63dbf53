// SQL text built by interpolation that leaves its Go function (returned, stored in a field,
// passed to a call) where no sink of the file is seen running it: reported where it is built,
// with the option reportBuildSites (Ruff S608's model). Log lines, errors and prints are not SQL
// leaving: they are never reported.
import { holesKind } from '@plumbline/core/sql-identifiers';
import { looksLikeSql } from '@plumbline/core/sql-sinks';
import { type Report, spanOf, type SyntaxNode } from '../../check.js';
import { scopeOf } from './go-scope.js';
import type { GoValues } from './go-value.js';

/** What the sinks of the file consumed: the sites of the SQL they were given, the functions they read, the fields they read. */
export interface Consumed {
  readonly sites: ReadonlySet<number>;
  readonly functions: ReadonlySet<number>;
  readonly texts: readonly string[];
}

interface Leaving {
  readonly value: SyntaxNode;
  readonly goes: string;
  readonly at: SyntaxNode;
}

// fmt.Errorf, errors.New, log.Printf, logger.Info, t.Fatalf, panic, append, sb.WriteString: text
// that becomes a message, an error, or stays in the function; sqlparser.Parse only reads it
const NOT_LEAVING = /(^|\.)(Print\w*|Fprint\w*|Sprint\w*|Errorf|New\w*|Wrap\w*|Log\w*|Debug\w*|Info\w*|Warn\w*|Error\w*|Fatal\w*|Panic\w*|Trace\w*|Write\w*|Parse\w*|Msg\w*|Skip\w*|Append\w*|append|panic|len|string|strings\.\w+)$/;

function leavingOf(node: SyntaxNode): Leaving[] {
  const line = node.startPosition.row + 1;
  if (node.type === 'return_statement') {
    return (node.namedChild(0)?.namedChildren ?? []).map((value) => ({ value, goes: `is returned on line ${line}`, at: node }));
  }
  if (node.type === 'keyed_element') {
    const [key, value] = node.namedChildren;
    const target = value?.namedChild(0) ?? value;
    return key && target ? [{ value: target, goes: `is stored in the field ${key.text} on line ${line}`, at: node }] : [];
  }
  if (node.type === 'assignment_statement') {
    const left = node.childForFieldName('left')?.namedChildren ?? [];
    const right = node.childForFieldName('right')?.namedChildren ?? [];
    if (left.length !== right.length) return [];
    return left.flatMap((target, index) => (target.type === 'selector_expression' && right[index] ? [{ value: right[index], goes: `is stored in ${target.text} on line ${line}`, at: node }] : []));
  }
  const callee = node.childForFieldName('function')?.text ?? '';
  if (NOT_LEAVING.test(callee) || callee.length > 40) return [];
  const args = node.childForFieldName('arguments')?.namedChildren ?? [];
  return args.map((value) => ({ value, goes: `is passed to ${callee} on line ${line}`, at: node }));
}

// "… WHERE %s … LIMIT ?": a builder that binds its values, whose holes are fragments and names
const PLACEHOLDER = /\?|\$\d|(^|[^:]):[a-zA-Z_]\w*|@p\d/;

const field = (goes: string): string => /stored in (the field )?(?:\w+\.)*(\w+) on/.exec(goes)?.[2] ?? '';

/** Reports SQL built by interpolation that leaves its function with no sink of the file seen consuming it. */
export function buildSiteReports(root: SyntaxNode, values: GoValues, sinkCalls: ReadonlySet<number>, consumed: Consumed): Report[] {
  const reports = new Map<number, Report>();
  for (const node of root.descendantsOfType(['return_statement', 'keyed_element', 'assignment_statement', 'call_expression'])) {
    if (node.type === 'call_expression' && sinkCalls.has(node.id)) continue;
    for (const { value, goes, at } of leavingOf(node)) {
      const scope = scopeOf(at);
      // a func literal returns to the function around it, which uses the text or not
      const local = node.type === 'return_statement' && (scope.type === 'func_literal' || consumed.functions.has(scope.id));
      if (scope.type === 'source_file' || local) continue;
      const name = field(goes);
      if (name && consumed.texts.some((text) => text.includes(`.${name}`))) continue;
      const read = values.valueOf(value);
      if (read.kind !== 'built' || reports.has(read.site.id) || consumed.sites.has(read.site.id)) continue;
      if (!looksLikeSql(read.text) || PLACEHOLDER.test(read.text) || holesKind(read.text) !== 'value') continue;
      const sameLine = read.site.startPosition.row === at.startPosition.row;
      const related = sameLine ? [] : [{ at: spanOf(at), message: `The SQL text ${goes.replace(/ on line \d+$/, '')} here` }];
      reports.set(read.site.id, { at: spanOf(read.site), data: { how: read.how, goes: sameLine ? goes.replace(/ on line \d+$/, '') : goes }, related, messageId: 'builtAway' });
    }
  }
  return [...reports.values()];
}
