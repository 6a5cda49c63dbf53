// http-client-timeout for Python: requests (functions and sessions), httpx, urllib's urlopen.
import { PYTHON_HTTP_LIBRARIES, type PythonHttpLibrary } from '@plumbline/core/http/clients';
import { type Match, type Measure, type Report, spanOf, type SyntaxNode } from '../../check.js';
import { importedPath, type PythonImports, pythonImports } from '../../util/python-imports.js';
import { ClientVariables } from './python-clients.js';

const NAMES = new Set([...PYTHON_HTTP_LIBRARIES.flatMap((library) => [...library.requests, ...library.clients]), 'mount']);
const MODULE_ROOTS = new Set(PYTHON_HTTP_LIBRARIES.map((library) => library.module.split('.')[0]));

/** A captured call of a catalog name, resolved. */
interface HttpCall {
  readonly call: SyntaxNode;
  readonly callee: SyntaxNode;
  readonly name: string;
  readonly library?: PythonHttpLibrary;
}

// requests.get → the requests library, when the call names `<module>.<name>` through the imports
function resolve(nameNode: SyntaxNode, imports: PythonImports): HttpCall | undefined {
  const callee = nameNode.parent?.type === 'attribute' ? nameNode.parent : nameNode;
  const call = callee.parent;
  if (call?.type !== 'call') return undefined;
  const path = importedPath(callee, imports);
  // from requests import get as http_get: the call is named by what it imports
  const name = path?.slice(path.lastIndexOf('.') + 1) ?? nameNode.text;
  const library = PYTHON_HTTP_LIBRARIES.find((candidate) => path === `${candidate.module}.${name}`);
  return { call, callee, name, library };
}

const isNone = (node: SyntaxNode | null | undefined): boolean => node?.type === 'none'
  // httpx.Timeout(None)
  || (node?.type === 'call' && node.childForFieldName('arguments')?.namedChildren[0]?.type === 'none' && /Timeout$/.test(node.childForFieldName('function')?.text ?? ''));

/** What is wrong with a request's timeout: none given, or `None` given. */
type Problem = 'missing' | 'none';

// undefined when the call has a timeout, or may have one through **kwargs
function timeoutProblem(call: SyntaxNode, library: PythonHttpLibrary): Problem | undefined {
  const args = call.childForFieldName('arguments')?.namedChildren.filter((arg) => arg.type !== 'comment') ?? [];
  if (args.some((arg) => arg.type === 'dictionary_splat' || arg.type === 'list_splat')) return undefined;
  const keyword = args.find((arg) => arg.type === 'keyword_argument' && arg.childForFieldName('name')?.text === 'timeout');
  const positional = args.filter((arg) => arg.type !== 'keyword_argument');
  const given = keyword?.childForFieldName('value') ?? (library.timeoutPosition === undefined ? undefined : positional[library.timeoutPosition]);
  if (given) return isNone(given) ? 'none' : undefined;
  return library.defaultTimeout === 'none' ? 'missing' : undefined;
}

function report(found: HttpCall, problem: Problem, library: PythonHttpLibrary): Report {
  const data = problem === 'none'
    ? { problem: 'sets `timeout=None`, so it waits forever on a server that stops answering', fix: `give \`timeout=\` ${library.timeoutHint} instead of \`None\`` }
    : { problem: 'has no timeout, so it waits forever on a server that stops answering', fix: `pass \`timeout=\` with ${library.timeoutHint}` };
  return { at: spanOf(found.callee), data: { what: `\`${found.callee.text}()\``, ...data } };
}

// A request of a library (or a client variable's method), or a client made with `timeout=None`
function check(found: HttpCall, clients: ClientVariables): Report | undefined {
  const library = found.library ?? (found.callee.type === 'attribute' ? clients.libraryOf(found.callee.childForFieldName('object')) : undefined);
  if (!library) return undefined;
  const isClient = library.clients.includes(found.name) && found.library !== undefined;
  if (!isClient && !library.requests.includes(found.name)) return undefined;
  const problem = timeoutProblem(found.call, isClient ? { ...library, defaultTimeout: 'finite' } : library);
  return problem === undefined ? undefined : report(found, problem, library);
}

/** Finds requests (and httpx clients) without a timeout in one Python file. */
export const measurePython: Measure<object> = (matches: readonly Match[]) => {
  const imports = pythonImports(matches.flatMap((match) => match._import ?? []));
  if (![...imports.values()].some((path) => MODULE_ROOTS.has(path.split('.')[0]))) return [];
  const calls = matches.flatMap(({ finding }) => (finding && (NAMES.has(finding.text) || imports.has(finding.text)) ? resolve(finding, imports) ?? [] : []));
  const clients = new ClientVariables();
  for (const found of calls) {
    if (found.library?.clients.includes(found.name)) clients.bind(found.call, found.library);
    if (found.name === 'mount') clients.configure(found.callee.childForFieldName('object') ?? found.callee);
  }
  return calls.flatMap((found) => check(found, clients) ?? []);
};
