import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from './index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
const ruleTester = new RuleTester();
const typescript = { filename: 'file.ts', languageOptions: { parser: tseslint.parser } };
const max = [{ max: 2 }];
const tooDeep = (line: number, column: number, length: number, depth = 3) => ({
  messageId: 'tooDeep', data: { depth, max: depth - 1 }, line, column, endLine: line, endColumn: column + length,
});

ruleTester.run('max-nesting-depth', rule, {
  valid: [
    { code: 'function f() { if (a) { for (;;) {} } }', options: max },
    { code: 'if (a) { while (b) {} }', options: max },
    // an else-if chain is one level
    { code: 'function f() { if (a) {} else if (b) { if (c) {} } else if (d) {} else { if (e) {} } }', options: max },
    // a nested function starts its own count
    { code: 'function f() { if (a) { for (;;) { list.forEach((x) => { if (x) { if (y) {} } }); } } }', options: max },
    { code: 'class A { static { if (a) { if (b) {} } } }', options: max },
    // catch and finally belong to their try; case to its switch
    { code: 'function f() { try { if (a) {} } catch { if (b) {} } finally { if (c) {} } }', options: max },
    { code: 'switch (a) { case 1: if (b) {} }', options: max },
    { code: 'if (a) { if (b) { if (c) {} } }' },
    // blocks without a control statement do not nest
    { code: '{ { { if (a) { if (b) {} } } } }', options: max },
  ],
  invalid: [
    { code: 'function f() {\n  if (a) {\n    for (;;) {\n      while (b) {}\n    }\n  }\n}', options: max, errors: [tooDeep(4, 7, 5)] },
    // only the block that crosses the limit, not the deeper ones inside it
    { code: 'if (a) { if (b) { if (c) { if (d) {} } } }', options: max, errors: [tooDeep(1, 19, 2)] },
    { code: 'if (a) { if (b) { if (c) {} if (d) {} } }', options: max, errors: [tooDeep(1, 19, 2), tooDeep(1, 29, 2)] },
    { code: 'for (const a in b) { for (const c of a) { do {} while (c); } }', options: max, errors: [tooDeep(1, 43, 2)] },
    { code: 'if (a) { try { switch (b) {} } catch {} }', options: max, errors: [tooDeep(1, 16, 6)] },
    { code: 'if (a) {} else if (b) { for (;;) { try {} finally {} } }', options: max, errors: [tooDeep(1, 36, 3)] },
    { code: 'if (a) { if (b) { with (c) {} } }', options: max, languageOptions: { sourceType: 'script' }, errors: [tooDeep(1, 19, 4)] },
    { code: 'if (a) {}\nwhile (b) {}', options: [{ max: 0 }], errors: [tooDeep(1, 1, 2, 1), tooDeep(2, 1, 5, 1)] },
    { code: 'function f() { if (a) { if (b) { if (c) { if (d) {} } } } }', errors: [tooDeep(1, 43, 2, 4)] },
    {
      ...typescript,
      code: 'export async function f(xs: string[]): Promise<void> {\n  for (const x of xs) {\n    if (x) {\n      try {} catch (e: unknown) {}\n    }\n  }\n}',
      options: max,
      errors: [tooDeep(4, 7, 3)],
    },
  ],
});
