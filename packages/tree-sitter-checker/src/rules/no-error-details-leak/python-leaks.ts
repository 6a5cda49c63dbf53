// What a Python response sends of an exception: a read of the name an enclosing `except … as e`
// bound (its message through str(), an f-string, `e.args`), or a formatted traceback.
import { PYTHON_RESPONSES } from '@plumbline/core/http/responses';
import type { SyntaxNode } from '../../check.js';
import { importedPath, type PythonImports } from '../../util/python-imports.js';

const TRACEBACK = new Set<string>(PYTHON_RESPONSES.tracebackCalls);
const HARMLESS = new Set<string>(PYTHON_RESPONSES.harmlessReads);
// exceptions meant for the client: their message is the answer (validation, permissions, lookups)
const USER_FACING = /Validation|Permission|Forbidden|NotFound|DoesNotExist|BadRequest|Unauthori[sz]ed|HTTPException|Http404|Invalid|Throttled|NotAuthenticated/;
const SCOPE_ENDS = new Set(['function_definition', 'lambda', 'class_definition', 'module']);

/** The names bound by the `except … as e` clauses around `node`, in its function, whose exceptions are not meant for the client. */
export function exceptionNames(node: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (let current = node.parent; current && !SCOPE_ENDS.has(current.type); current = current.parent) {
    if (current.type !== 'except_clause') continue;
    const pattern = current.namedChildren.find((child) => child?.type === 'as_pattern');
    const caught = pattern?.namedChildren[0]?.text ?? '';
    const alias = pattern?.childForFieldName('alias')?.namedChildren[0];
    if (alias && !USER_FACING.test(caught)) names.add(alias.text);
  }
  return names;
}

// `e` in `obj.e`, `f(e=1)`, `type(e)`, `isinstance(e, X)` or `e.__class__` says nothing of the message
function readsDetail(identifier: SyntaxNode): boolean {
  const { parent } = identifier;
  if (!parent) return false;
  if (parent.type === 'attribute') {
    const attribute = parent.childForFieldName('attribute');
    return attribute?.id !== identifier.id && !HARMLESS.has(attribute?.text ?? '');
  }
  if (parent.type === 'keyword_argument') return parent.childForFieldName('name')?.id !== identifier.id;
  const call = parent.type === 'argument_list' ? parent.parent : null;
  return !HARMLESS.has(call?.childForFieldName('function')?.text ?? '');
}

/** What `sent` carries of an exception, for the message (`` `str(e)` ``, a traceback), or undefined. */
export function detailIn(sent: SyntaxNode, names: ReadonlySet<string>, imports: PythonImports): string | undefined {
  for (const node of [sent, ...sent.descendantsOfType(['identifier', 'call'])]) {
    if (node.type === 'call') {
      const callee = node.childForFieldName('function');
      const path = importedPath(callee, imports) ?? callee?.text ?? '';
      if (TRACEBACK.has(path)) return `a traceback (\`${callee?.text ?? path}()\`)`;
    } else if (node.type === 'identifier' && names.has(node.text) && readsDetail(node)) {
      return `the exception \`${node.text}\``;
    }
  }
  return undefined;
}
