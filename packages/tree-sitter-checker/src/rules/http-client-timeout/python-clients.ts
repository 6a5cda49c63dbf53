// Python variables that hold a client or session of the catalog: `session = requests.Session()`,
// `with httpx.Client() as client:`, `self.session = requests.Session()`. A variable is known in
// its function (or at module level), an attribute of `self` in its class.
import type { PythonHttpLibrary } from '@plumbline/core/http/clients';
import type { SyntaxNode } from '../../check.js';

const SCOPES = new Set(['function_definition', 'class_definition', 'module']);

/** The node that scopes a name: the function (or module) for a variable, the class for `self.x`. */
function scopeOf(node: SyntaxNode, name: string): SyntaxNode | null {
  const wanted = name.startsWith('self.') ? 'class_definition' : 'function_definition';
  let current = node.parent;
  while (current && current.type !== wanted && current.type !== 'module') current = current.parent;
  return current;
}

// the targets a value is bound to: `a = b = value`, `value as name`
function targetsOf(value: SyntaxNode): SyntaxNode[] {
  const targets: SyntaxNode[] = [];
  let current = value;
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    if (parent.type === 'as_pattern') return [...targets, ...(parent.childForFieldName('alias')?.namedChildren ?? [])];
    if (parent.type !== 'assignment' || parent.childForFieldName('right')?.id !== current.id) break;
    const left = parent.childForFieldName('left');
    if (left) targets.push(left);
  }
  return targets;
}

/** Client variables by scope and name, and which of them were configured by `mount()`. */
export class ClientVariables {
  readonly #bound = new Map<string, PythonHttpLibrary>();
  readonly #configured = new Set<string>();

  /** Records the variables a client-making call is bound to. */
  bind(call: SyntaxNode, library: PythonHttpLibrary): void {
    for (const target of targetsOf(call)) {
      if (target.type !== 'identifier' && target.type !== 'attribute') continue;
      const scope = scopeOf(target, target.text);
      if (scope) this.#bound.set(`${scope.id}:${target.text}`, library);
    }
  }

  /** Records `session.mount(prefix, adapter)`: an adapter may carry a default timeout, which the check cannot see. */
  configure(receiver: SyntaxNode): void {
    for (const key of this.#keys(receiver)) this.#configured.add(key);
  }

  /** The library of the client a receiver holds, if it is a known, unconfigured client variable. */
  libraryOf(receiver: SyntaxNode | null): PythonHttpLibrary | undefined {
    if (!receiver || (receiver.type !== 'identifier' && receiver.type !== 'attribute')) return undefined;
    for (const key of this.#keys(receiver)) {
      const library = this.#bound.get(key);
      if (library) return this.#configured.has(key) ? undefined : library;
    }
    return undefined;
  }

  // the scopes a name is looked up in: its own, then (for a plain variable) the module's
  #keys(node: SyntaxNode): string[] {
    const keys: string[] = [];
    for (let scope = scopeOf(node, node.text); scope; scope = scope.type === 'module' ? null : scopeOf(scope, node.text)) {
      if (SCOPES.has(scope.type)) keys.push(`${scope.id}:${node.text}`);
    }
    return keys;
  }
}
