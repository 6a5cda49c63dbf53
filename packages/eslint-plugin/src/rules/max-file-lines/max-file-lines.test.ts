import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from './index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
const ruleTester = new RuleTester();
const typescript = { filename: 'file.ts', languageOptions: { parser: tseslint.parser } };
// the counting tests measure files without functions, which skipDeclarationFiles would skip
const counting = { skipDeclarationFiles: false };
const tooLong = (line: number, actual: number, max: number, endColumn = 3) => ({
  messageId: 'tooLong', data: { actual, max }, line, column: 1, endLine: line, endColumn,
});

ruleTester.run('max-file-lines', rule, {
  valid: [
    { code: 'a;\nb;\nc;', options: [{ max: 3 }] },
    { code: '// header\n\na;\n/* one\n   two */\nb;\n\n// c\nc;\n', options: [{ max: 3 }] },
    // the empty rest after the last line break is not a line
    { code: 'a;\n\nb;\n', options: [{ max: 3, skipBlankLines: false }] },
    { name: '150 lines under the default limit', code: Array.from({ length: 150 }, (_, i) => `f(${i});`).join('\n') },
    { ...typescript, code: 'type A = {\n  id: string;\n};', options: [{ max: 3 }] },
    // a declaration file (no function, method or loop) is not reported by default
    { ...typescript, code: 'import { B } from "./b";\nexport interface A extends B {\n  id: string;\n  load(): Promise<void>;\n}', options: [{ max: 3 }] },
    { code: 'export const CODES = {\n  a: 1,\n  b: 2,\n};\nregister(CODES);', options: [{ max: 3 }] },
    { ...typescript, code: 'export abstract class A {\n  abstract a(): void;\n  b?: string;\n  c = 1;\n}', options: [{ max: 3 }] },
  ],
  invalid: [
    { code: 'a;\nb;\nc;\nd;', options: [{ ...counting, max: 3 }], errors: [tooLong(4, 4, 3)] },
    // reported where the (max + 1)-th counted line is
    { code: 'a;\n\n// c\nb;\nc;\nd;', options: [{ ...counting, max: 2 }], errors: [tooLong(5, 4, 2)] },
    { code: '// c\na;\nb;', options: [{ ...counting, max: 2, skipComments: false }], errors: [tooLong(3, 3, 2)] },
    { code: 'a;\n\nb;', options: [{ ...counting, max: 2, skipBlankLines: false }], errors: [tooLong(3, 3, 2)] },
    // a line where a block comment ends and code follows is code
    { code: 'a;\n/* x\n y */ b;', options: [{ ...counting, max: 1 }], errors: [tooLong(3, 2, 1, 9)] },
    { name: '151 lines over the default limit', code: Array.from({ length: 151 }, (_, i) => `f(${i});`).join('\n'), options: [counting], errors: [tooLong(151, 151, 150, 8)] },
    { ...typescript, code: 'interface A {\n  id: string;\n}\nexport type B = A;', options: [{ ...counting, max: 3 }], errors: [tooLong(4, 4, 3, 19)] },
    // a declaration file is reported once it has a function or a loop
    { code: 'a;\nb;\nc;\nd;\nfunction f() {}', options: [{ max: 3 }], errors: [tooLong(4, 5, 3)] },
    { code: 'a;\nb;\nc;\nfor (const x of xs) d(x);', options: [{ max: 3 }], errors: [tooLong(4, 4, 3, 26)] },
    { ...typescript, code: 'export type A = {\n  f: () => void;\n};\nexport const g = () => a;', options: [{ max: 3 }], errors: [tooLong(4, 4, 3, 26)] },
  ],
});
