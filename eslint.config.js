// Plumbline's own lint: typescript-eslint's recommended rules plus our own recommended preset,
// loaded from the built plugin (run `pnpm build` first; `pnpm test` does).
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import plumbline from './packages/eslint-plugin/dist/index.js';

export default defineConfig([
  globalIgnores(['**/dist/**', '**/node_modules/**', 'examples/**', 'test/fixtures/**', 'coverage/**', '.bench/**', '.fuzz/**']),
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.recommended, plumbline.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // issue #22: an array spread into arguments fails past about 120,000 items (a file's findings, a list's items)
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: 'CallExpression[callee.property.name=/^(push|unshift|splice|max|min|fromCharCode|apply)$/] > SpreadElement',
        message: 'Spreading an array into arguments fails on long arrays; use pushAll / maxOf from @plumbline/core, a loop, or concat.',
      }],
    },
  },
]);
