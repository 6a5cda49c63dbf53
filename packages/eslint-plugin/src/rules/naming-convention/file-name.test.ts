import tseslint from 'typescript-eslint';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { acceptsFileName, fileNameOf } from './file-name.js';

const parseForESLint = tseslint.parser.parseForESLint as (code: string, options: object) => { ast: unknown };
const program = (code: string): TSESTree.Program => parseForESLint(code, { ecmaFeatures: { jsx: true } }).ast as TSESTree.Program;
const defaults = { style: ['kebab-case', 'camelCase'] } as const;
const accepts = (path: string, code = ''): boolean => {
  const file = fileNameOf(path);
  return file === undefined || acceptsFileName(file, program(code), defaults);
};

describe('fileNameOf', () => {
  it('splits the name at its first dot', () => {
    expect(fileNameOf('src/user-service.test.ts')).toEqual({ stem: 'user-service', extensions: '.test.ts' });
    expect(fileNameOf('C:\\src\\Makefile')).toEqual({ stem: 'Makefile', extensions: '' });
  });

  it('skips files in dot folders of the project, not above it', () => {
    expect(fileNameOf('/repo/.storybook/main_config.js', '/repo')).toBeUndefined();
    expect(fileNameOf('/home/.work/repo/src/order_service.ts', '/home/.work/repo')).toEqual({ stem: 'order_service', extensions: '.ts' });
  });

  it.each(['src/pages/[id].ts', 'src/routes/+page.ts', '.eslintrc.js', '<input>'])('has no name to check for %s', (path) => {
    expect(fileNameOf(path)).toBeUndefined();
  });
});

describe('acceptsFileName', () => {
  it('accepts the configured styles', () => {
    expect(accepts('src/user-service.ts')).toBe(true);
    expect(accepts('src/userService.ts')).toBe(true);
    expect(accepts('src/user_service.ts')).toBe(false);
  });

  it('accepts PascalCase for a class or component module only', () => {
    expect(accepts('src/UserCard.tsx', 'export default function UserCard() { return <div />; }')).toBe(true);
    expect(accepts('src/UserCard.tsx', 'export default memo(UserCard);')).toBe(true);
    expect(accepts('src/Migration2024.ts', 'export class Setup2024 extends Migration {}')).toBe(true);
    expect(accepts('src/UserCard.tsx', 'export const UserCard = () => null;')).toBe(true);
    expect(accepts('src/Helpers.ts', 'export function formatDate() {}')).toBe(false);
  });

  it('accepts a PascalCase file that declares its name, wraps a component or tests a module so named', () => {
    expect(accepts('src/Editor.tsx', 'export default observer(React.forwardRef(DocumentEditor));')).toBe(true);
    expect(accepts('src/GroupSources.jsx', 'class GroupSources extends React.Component {}\nregister(GroupSources);')).toBe(true);
    expect(accepts('src/LocalStorage.test.ts', 'import LocalStorage from "./LocalStorage";')).toBe(true);
    expect(accepts('src/MergeDialog.spec.ts', '')).toBe(true);
    expect(accepts('src/Helpers.config.ts', 'export const helpers = {};')).toBe(false);
    expect(accepts('src/Helpers.ts', 'function formatDate() {}\nconst Other = 1;')).toBe(false);
    expect(accepts('src/order_service.test.ts', '')).toBe(false);
  });
});
