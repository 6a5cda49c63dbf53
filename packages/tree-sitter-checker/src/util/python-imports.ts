// What the names of a Python module stand for, by its imports: `np` → `numpy`, `get` → `requests.get`,
// `ur` → `urllib.request`; and the dotted path an expression such as `ur.urlopen` names.
import type { SyntaxNode } from '../check.js';

/** Local names bound by imports, to the dotted path each stands for. */
export type PythonImports = ReadonlyMap<string, string>;

function bindImport(names: Map<string, string>, item: SyntaxNode, from: string | undefined): void {
  const aliased = item.type === 'aliased_import';
  const path = (aliased ? item.childForFieldName('name') : item)?.text ?? '';
  const full = from === undefined ? path : `${from}.${path}`;
  // import a.b binds `a`, which names the package `a`; import a.b as c binds `c` to `a.b`
  if (aliased) names.set(item.childForFieldName('alias')?.text ?? '', full);
  else if (from === undefined) names.set(path.split('.')[0] ?? '', path.split('.')[0] ?? '');
  else names.set(path, full);
}

/** The names bound by `import` and `from … import` statements (relative imports left out). */
export function pythonImports(statements: readonly SyntaxNode[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const statement of statements) {
    const module = statement.childForFieldName('module_name');
    if (module?.type === 'relative_import') continue;
    const from = statement.type === 'import_from_statement' ? module?.text : undefined;
    for (const item of statement.childrenForFieldName('name')) bindImport(names, item, from);
  }
  return names;
}

/** The dotted path an identifier or attribute chain names through the imports (`ur.urlopen` → `urllib.request.urlopen`), or undefined when its root is not imported. */
export function importedPath(node: SyntaxNode | null, imports: PythonImports): string | undefined {
  const parts: string[] = [];
  let current = node;
  while (current?.type === 'attribute') {
    parts.unshift(current.childForFieldName('attribute')?.text ?? '');
    current = current.childForFieldName('object');
  }
  const root = current?.type === 'identifier' ? imports.get(current.text) : undefined;
  return root === undefined ? undefined : [root, ...parts].join('.');
}
