import { findRule } from '@plumbline/core';
import { describe, expect, it } from 'vitest';
import { treeSitterEngine } from './index.js';

const meta = findRule('parameterized-sql');
const rules = [{ id: 'parameterized-sql', severity: 'error' as const, options: { ...meta?.options.defaults } }];

describe('related locations', () => {
  it('carry where a Python SQL string was built to the finding', () => {
    const text = 'def find(cursor, name):\n    sql = "SELECT * FROM users WHERE name = \'%s\'" % name\n    cursor.execute(sql)\n';
    const result = treeSitterEngine.check({ path: '/r/a.py', relativePath: 'a.py', text, language: 'python' }, rules);
    expect(result.findings.map((f) => [f.location.startLine, f.related])).toEqual([[3, [{
      file: 'a.py', startLine: 2, startColumn: 11, endLine: 2, endColumn: 57, message: 'SQL built by % formatting here',
    }]]]);
  });

  it('carry where a Go SQL string was built to the finding', () => {
    const text = 'package db\n\nfunc find(db *sql.DB, name string) {\n\tq := "SELECT * FROM users WHERE name = \'" + name + "\'"\n\tdb.Query(q)\n}\n';
    const result = treeSitterEngine.check({ path: '/r/a.go', relativePath: 'a.go', text, language: 'go' }, rules);
    expect(result.findings.map((f) => [f.location.startLine, f.related?.map((r) => [r.startLine, r.message])])).toEqual([[5, [[4, 'SQL built by concatenation here']]]]);
  });
});
