// What the package names of a Go file stand for, by its imports: `json` → `encoding/json`,
// `nethttp` → `net/http` (renamed), `echo` → `github.com/labstack/echo/v4` (version suffix skipped).
import type { Match, SyntaxNode } from '../check.js';

/** Package names of a file, to their import paths. */
export type GoImports = ReadonlyMap<string, string>;

/** The package names bound by the `@_import` captures (`import_spec` nodes) among a query's matches. */
export function goImports(matches: readonly Match[]): Map<string, string> {
  const imports = new Map<string, string>();
  for (const { _import: spec } of matches) {
    const path = spec?.childForFieldName('path')?.text.slice(1, -1);
    if (!path) continue;
    const local = spec?.childForFieldName('name')?.text ?? path.split('/').filter((part) => !/^v\d+$/.test(part)).pop() ?? path;
    imports.set(local, path);
  }
  return imports;
}

/** A selector chain read from its root: `http.DefaultClient.Do` → root `http`, names DefaultClient, Do. */
export function selectorPath(node: SyntaxNode | null): { root: SyntaxNode | null; names: string[] } {
  const names: string[] = [];
  let root = node;
  while (root?.type === 'selector_expression') {
    names.unshift(root.childForFieldName('field')?.text ?? '');
    root = root.childForFieldName('operand');
  }
  return { root, names };
}

/** The import path and member path a selector names, when its root is an imported package: `http.DefaultClient.Do` → net/http, `DefaultClient.Do`. */
export function packageMember(node: SyntaxNode | null, imports: GoImports): { pkg: string; member: string } | undefined {
  const { root, names } = selectorPath(node);
  const pkg = root?.type === 'identifier' || root?.type === 'package_identifier' ? imports.get(root.text) : undefined;
  return pkg === undefined || names.length === 0 ? undefined : { pkg, member: names.join('.') };
}
