// What each imported name of a Python file stands for: `jwt` → `jwt`, `pyjwt` (import jwt as
// pyjwt) → `jwt`, `jwt` (from jose import jwt) → `jose.jwt`, `encode` (from jwt import encode) → `jwt.encode`.
import type { SyntaxNode } from '../../check.js';

function bind(bindings: Map<string, string>, name: SyntaxNode, prefix: string): void {
  const dotted = name.type === 'aliased_import' ? name.childForFieldName('name') : name;
  const alias = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : undefined;
  if (!dotted) return;
  const path = prefix ? `${prefix}.${dotted.text}` : dotted.text;
  // `import jose.jwt` binds `jose`; `from jose import jwt` binds `jwt`
  const local = alias ?? (prefix ? dotted.text : dotted.text.split('.')[0] ?? dotted.text);
  bindings.set(local, prefix || alias ? path : local);
}

/** The names the file imports (at any depth), by local name. */
export function pythonImports(anyNode: SyntaxNode): ReadonlyMap<string, string> {
  let root = anyNode;
  while (root.parent) root = root.parent;
  const bindings = new Map<string, string>();
  for (const statement of root.descendantsOfType(['import_statement', 'import_from_statement'])) {
    const prefix = statement.type === 'import_from_statement' ? statement.childForFieldName('module_name')?.text ?? '' : '';
    for (const name of statement.childrenForFieldName('name')) bind(bindings, name, prefix);
  }
  return bindings;
}
