// no-error-details-leak for Python: Django, DRF, Flask and FastAPI responses (and a view's
// `return body, status`) that carry an exception's details, and debug modes turned on.
import { isClientErrorStatus, isErrorsOwnStatus, PYTHON_RESPONSES } from '@plumbline/core/http/responses';
import type { NoErrorDetailsLeakOptions } from '@plumbline/core/rules/no-error-details-leak';
import { type CheckFile, type Match, type Measure, type Report, spanOf, type SyntaxNode } from '../../check.js';
import { type PythonImports, pythonImports } from '../../util/python-imports.js';
import { detailIn, exceptionNames } from './python-leaks.js';

const STATUS_KEYWORDS = new Set<string>(PYTHON_RESPONSES.statusKeywords);
const BODY_KEYWORDS = new Set<string>(PYTHON_RESPONSES.bodyKeywords);
const STATUS_LIKE = /^[1-5]\d\d$|HTTP_\d{3}|HTTPStatus\.|^status\./;
// settings modules meant for production; local, development and test settings may debug
const SETTINGS = /(?:^|\/)(?:settings|config|conf)[^/]*\.py$|(?:^|\/)settings\/[^/]+\.py$/;
const LOCAL_SETTINGS = /local|dev|debug|test|example|sample/i;

/** What a response sends: its body arguments, and the status text when one is given. */
interface Sent {
  readonly body: readonly SyntaxNode[];
  readonly status?: string;
}

const argumentsOf = (call: SyntaxNode): SyntaxNode[] => call.childForFieldName('arguments')?.namedChildren.filter((arg) => arg !== null && arg.type !== 'comment') as SyntaxNode[] ?? [];

function sentByCall(call: SyntaxNode): Sent {
  let status: string | undefined;
  const body: SyntaxNode[] = [];
  for (const arg of argumentsOf(call)) {
    const key = arg.type === 'keyword_argument' ? arg.childForFieldName('name')?.text ?? '' : undefined;
    const value = arg.type === 'keyword_argument' ? arg.childForFieldName('value') : arg;
    if (!value) continue;
    if (key !== undefined && STATUS_KEYWORDS.has(key)) status = value.text;
    else if (key === undefined && status === undefined && STATUS_LIKE.test(value.text)) status = value.text;
    else if (key === undefined || BODY_KEYWORDS.has(key)) body.push(value);
  }
  const name = call.childForFieldName('function')?.text ?? '';
  return { body, status: name.endsWith('BadRequest') ? '400' : status };
}

// return jsonify(...), 500 / return {"error": str(e)}, 500
function sentByReturn(statement: SyntaxNode): Sent | undefined {
  const list = statement.namedChildren[0];
  const [body, status] = list?.type === 'expression_list' ? list.namedChildren : [];
  return body && status && STATUS_LIKE.test(status.text) ? { body: [body], status: status.text } : undefined;
}

function debugMode(node: SyntaxNode, file: CheckFile): Report | undefined {
  if (node.type === 'assignment') {
    // the module and its folder: `settings/production.py`, `local_settings.py`
    const tail = file.path.split('/').slice(-2).join('/');
    const production = SETTINGS.test(tail) && !LOCAL_SETTINGS.test(tail);
    return production ? { at: spanOf(node), data: { what: '`DEBUG = True`' }, messageId: 'debugMode' } : undefined;
  }
  const debug = argumentsOf(node).find((arg) => arg.type === 'keyword_argument' && arg.childForFieldName('name')?.text === 'debug');
  if (debug?.childForFieldName('value')?.type !== 'true') return undefined;
  return { at: spanOf(debug), data: { what: `\`${node.childForFieldName('function')?.text ?? 'run'}(debug=True)\`` }, messageId: 'debugMode' };
}

const SENDERS = new Set<string>([...PYTHON_RESPONSES.constructors, ...PYTHON_RESPONSES.raisedResponses]);
const calleeName = (call: SyntaxNode): string => (call.childForFieldName('function')?.text ?? '').split('.').pop() ?? '';

// make_response(jsonify(…), 400): the outer call decides the status, and reports once
function insideSender(node: SyntaxNode): boolean {
  for (let current = node.parent; current && current.type !== 'block'; current = current.parent) {
    if (current.type === 'call' && SENDERS.has(calleeName(current))) return true;
    if (current.type === 'return_statement' && sentByReturn(current)) return true;
  }
  return false;
}

function check(node: SyntaxNode, imports: PythonImports, file: CheckFile, options: NoErrorDetailsLeakOptions): Report | undefined {
  const isRun = node.type === 'call' && /(?:^|\.)run$/.test(node.childForFieldName('function')?.text ?? '');
  if (node.type === 'assignment' || isRun) return debugMode(node, file);
  if (insideSender(node)) return undefined;
  const sent = node.type === 'call' ? sentByCall(node) : sentByReturn(node);
  if (!sent) return undefined;
  const names = exceptionNames(node);
  const { status } = sent;
  if (status !== undefined && !options.reportClientErrors && (isClientErrorStatus(status) || [...names].some((name) => isErrorsOwnStatus(status, name)))) return undefined;
  for (const body of sent.body) {
    const detail = detailIn(body, names, imports);
    const what = node.type === 'call' ? `\`${node.childForFieldName('function')?.text ?? ''}()\`` : 'This `return`';
    if (detail) return { at: spanOf(node.type === 'call' ? node.childForFieldName('function') ?? node : node), data: { what, detail } };
  }
  return undefined;
}

/** Finds error details in responses, and debug modes, in one Python file. */
export const measurePython: Measure<NoErrorDetailsLeakOptions> = (matches: readonly Match[], file, options) => {
  const imports = pythonImports(matches.flatMap((match) => match._import ?? []));
  return matches.flatMap(({ finding }) => (finding ? check(finding, imports, file, options) ?? [] : []));
};
