import { findRule } from '@plumbline/core';
import { describe, expect, it } from 'vitest';
import { eslintEngine } from './eslint.js';

const meta = findRule('parameterized-sql');
const rules = [{ id: 'parameterized-sql', severity: 'error' as const, options: { ...meta?.options.defaults } }];
const text = [
  "import { Pool } from 'pg';",
  'const pool = new Pool();',
  'export async function find(id: string) {',
  "  const sql = 'SELECT * FROM users WHERE id = ' + id;",
  '  return pool.query(sql);',
  '}',
  '',
].join('\n');

describe('eslintEngine related locations', () => {
  it('carries where a SQL string was built to the finding', () => {
    const result = eslintEngine.check({ path: '/repo/src/users.ts', relativePath: 'src/users.ts', text, language: 'typescript' }, rules);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.location.startLine).toBe(5);
    expect(result.findings[0]?.related).toEqual([{
      file: 'src/users.ts', startLine: 4, startColumn: 15, endLine: 4, endColumn: 53, message: 'SQL built by concatenation here',
    }]);
  });
});
