// File names of JavaScript and TypeScript modules: `user-service.ts` or `userService.ts` by
// default, and `UserCard.tsx` when the file exports the class or component it is named after.
import { type FileName, isAllowed, splitFileName } from '@plumbline/core/naming';
import { type KindOptions, matchesStyle, stylesOf } from '@plumbline/core/rules/naming-convention';
import type { TSESTree } from '@typescript-eslint/utils';

// [id].ts, [...slug].tsx, +page.ts, (group), @modal, $id.tsx: routing syntax of web frameworks
const ROUTE_SYNTAX = /^[[(+@$]/;

/**
 * The stem and extensions of a path's base name; undefined when there is no real file name, or
 * when the file sits in a dot folder below `root` (`.storybook/`, `.github/`: named by a tool).
 */
export function fileNameOf(path: string, root = '/'): FileName | undefined {
  const segments = path.split(/[\\/]/);
  const base = segments.pop() ?? '';
  // folders above the root (the user's home) say nothing about the project
  const relative = !/^([\\/]|[A-Za-z]:)/.test(path);
  const folders = relative ? segments : path.startsWith(root) ? path.slice(root.length).split(/[\\/]/).slice(0, -1) : [];
  if (folders.some((segment) => /^\.[^.]/.test(segment))) return undefined;
  // .eslintrc.js: a dotfile's name is the tool's choice
  if (base === '' || base.startsWith('<') || base.startsWith('.') || ROUTE_SYNTAX.test(base)) return undefined;
  return splitFileName(base);
}

const isPascal = (name: string | undefined): boolean => name !== undefined && /^[A-Z]/.test(name);

function declaredName(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if ((node.type === 'ClassDeclaration' || node.type === 'FunctionDeclaration' || node.type === 'TSInterfaceDeclaration') && node.id) return node.id.name;
  if (node.type === 'VariableDeclaration') return node.declarations[0]?.id.type === 'Identifier' ? node.declarations[0].id.name : undefined;
  return undefined;
}

// export default class ..., export default function UserCard, export default UserCard,
// export default memo(UserCard): a class or component
function hasClassOrComponentDefault(program: TSESTree.Program): boolean {
  return program.body.some((statement) => {
    if (statement.type !== 'ExportDefaultDeclaration') return false;
    const exported = statement.declaration;
    if (exported.type === 'ClassDeclaration' || exported.type === 'ClassExpression') return true;
    if (exported.type === 'Identifier' || exported.type === 'FunctionDeclaration') return isPascal(declaredName(exported) ?? (exported as { name?: string }).name);
    return wrapsComponent(exported);
  });
}

// observer(forwardRef(DocumentEditor)): a component wrapped by higher-order functions, at any depth
function wrapsComponent(node: TSESTree.Node): boolean {
  if (node.type !== 'CallExpression') return false;
  return node.arguments.some((argument) => (argument.type === 'Identifier' ? isPascal(argument.name) : wrapsComponent(argument)));
}

// export class Migration20240101 in Migration20240101.ts, class GroupDataSources in GroupDataSources.jsx:
// a file named after what it declares, or a module exporting a class
function declaresItsNameOrExportsAClass(program: TSESTree.Program, stem: string): boolean {
  return program.body.some((statement) => (statement.type === 'ExportNamedDeclaration'
    ? statement.declaration?.type === 'ClassDeclaration' || declaredName(statement.declaration) === stem
    : declaredName(statement) === stem));
}

// MergeDialog.spec.ts, LocalStorage.test.ts: a test is named after the module it tests, which answers for its own name
const TEST_FILE = /^\.(?:test|spec|stories|story|e2e|cy)\./;

/** The accepted styles of this file's name: the configured ones, plus PascalCase for a class or component module. */
export function acceptsFileName(file: FileName, program: TSESTree.Program, options: KindOptions): boolean {
  if (isAllowed(file.stem, options)) return true;
  if (stylesOf(options).some((style) => matchesStyle(file.stem, style))) return true;
  return matchesStyle(file.stem, 'PascalCase')
    && (TEST_FILE.test(file.extensions) || hasClassOrComponentDefault(program) || declaresItsNameOrExportsAClass(program, file.stem));
}
