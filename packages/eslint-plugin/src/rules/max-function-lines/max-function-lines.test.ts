import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from './index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
const ruleTester = new RuleTester();
const typescript = { filename: 'file.ts', languageOptions: { parser: tseslint.parser } };
const max = [{ max: 3 }];
const tooLong = (name: string, actual: number, [line, column, endLine, endColumn]: number[]) => ({
  messageId: 'tooLong', data: { name, actual, max: 3 }, line, column, endLine, endColumn,
});

ruleTester.run('max-function-lines', rule, {
  valid: [
    { code: 'function f() {\n  a();\n}', options: max },
    { code: 'function f() {\n  // why\n\n  a();\n  /* more */\n  b();\n}', options: [{ max: 4 }] },
    // an arrow with an expression body has no statements to count
    { code: 'const f = (xs) =>\n  xs\n    .map((x) => x * 2)\n    .filter(Boolean);', options: max },
    // the callback's own lines are its own; the component keeps the lines it shares with it
    { code: 'function C() {\n  useEffect(() => {\n    a();\n    b();\n  }, [x]);\n}', options: [{ max: 4 }] },
    { code: 'function f() {\n  const g = () => {\n    a();\n  };\n  h(() => {\n    b();\n  });\n}', options: [{ max: 6 }] },
    // with countWrappedSignatures false, a signature wrapped over several lines counts as one line
    { code: 'function f(\n  a,\n  b,\n) {\n  g(a, b);\n}', options: [{ max: 3, countWrappedSignatures: false }] },
    { code: 'class A {\n  m(\n    a,\n  ) {\n    g(a);\n  }\n}', options: [{ max: 3, countWrappedSignatures: false }] },
    { name: '50 lines under the default limit', code: Array.from({ length: 48 }, () => '  a();').join('\n').replace(/^/, 'function f() {\n').concat('\n}') },
  ],
  invalid: [
    {
      name: '51 lines over the default limit',
      code: Array.from({ length: 49 }, () => '  a();').join('\n').replace(/^/, 'function f() {\n').concat('\n}'),
      errors: [{ messageId: 'tooLong', data: { name: 'f', actual: 51, max: 50 }, line: 1, column: 10 }],
    },
    { code: 'function load() {\n  a();\n  b();\n}', options: max, errors: [tooLong('load', 4, [1, 10, 1, 14])] },
    {
      code: 'function load() {\n  // c\n  a();\n  b();\n}',
      options: [{ max: 3, skipComments: false }],
      errors: [tooLong('load', 5, [1, 10, 1, 14])],
    },
    { code: 'const load = function () {\n  a();\n  b();\n};', options: max, errors: [tooLong('load', 4, [1, 7, 1, 11])] },
    {
      code: 'app.get("/", async (req, res) => {\n  a();\n  b();\n});',
      options: max,
      errors: [tooLong('<anonymous>', 4, [1, 14, 1, 33])],
    },
    {
      code: 'class A {\n  get size() {\n    a();\n    return 1;\n  }\n  static\n  load() {\n    a();\n  }\n}',
      options: max,
      errors: [tooLong('size', 4, [2, 7, 2, 11]), tooLong('load', 4, [7, 3, 7, 7])],
    },
    { code: 'const o = {\n  save() {\n    a();\n    b();\n  },\n};', options: max, errors: [tooLong('save', 4, [2, 3, 2, 7])] },
    // the lines that hold only the inner function are the inner one's; its first and last line
    // hold outer code too (`return`, `;`) and count for both
    {
      code: 'function outer() {\n  return function inner() {\n    a();\n    b();\n  };\n}',
      options: max,
      errors: [tooLong('outer', 4, [1, 10, 1, 15]), tooLong('inner', 4, [2, 19, 2, 24])],
    },
    // with countNestedFunctions, the outer function counts all of the inner one's lines
    {
      code: 'function outer() {\n  return function inner() {\n    a();\n    b();\n  };\n}',
      options: [{ max: 3, countNestedFunctions: true }],
      errors: [tooLong('outer', 6, [1, 10, 1, 15]), tooLong('inner', 4, [2, 19, 2, 24])],
    },
    // by default, every line of the signature counts
    {
      code: 'function f(\n  a,\n  b,\n) {\n  g(a, b);\n}',
      options: [{ max: 3 }],
      errors: [tooLong('f', 6, [1, 10, 1, 11])],
    },
    // a class in a function: its lines are its methods'
    {
      code: 'function make() {\n  a();\n  class A {\n    run() {\n      b();\n      c();\n    }\n  }\n  return A;\n}',
      options: max,
      errors: [tooLong('make', 4, [1, 10, 1, 14]), tooLong('run', 4, [4, 5, 4, 8])],
    },
    {
      ...typescript,
      code: 'export const handler: RequestHandler = async (req, res): Promise<void> => {\n  a();\n  b();\n};',
      options: max,
      errors: [tooLong('handler', 4, [1, 14, 1, 21])],
    },
    {
      ...typescript,
      code: 'class S {\n  @Get()\n  private async find(id: string): Promise<void> {\n    a();\n  }\n}',
      options: max,
      errors: [tooLong('find', 4, [3, 17, 3, 21])],
    },
  ],
});
