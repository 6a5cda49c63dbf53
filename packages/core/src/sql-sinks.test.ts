import { describe, expect, it } from 'vitest';
import { extraSinks, looksLikeSql, sinksNamed, SQL_SINKS } from './sql-sinks.js';

describe('looksLikeSql', () => {
  it.each([
    'SELECT * FROM users WHERE id = ',
    'select id, name from accounts',
    'SELECT COUNT(*) FROM orders',
    'INSERT INTO audit (who, what) VALUES (',
    'UPDATE users SET name = ',
    'DELETE FROM sessions WHERE expires_at < ',
    ' WHERE tenant_id = ',
    'ORDER BY created_at ',
    'WITH recent AS (SELECT 1) SELECT * FROM recent',
    'DROP TABLE ',
    'CREATE INDEX idx ON t (c)',
    'SHOW TABLES FROM %v',
  ])('reads %j as SQL', (text) => {
    expect(looksLikeSql(text)).toBe(true);
  });

  it.each([
    '',
    'Deleting from cache ',
    'select a value from the list',
    'Please select an option from ',
    'Failed to update settings for ',
    'https://api.example.com/users?where=',
    'query { user(id: ',
    'Updated the record, set flag ',
  ])('does not read %j as SQL', (text) => {
    expect(looksLikeSql(text)).toBe(false);
  });
});

describe('sink catalog', () => {
  it('finds sinks by name and receiver', () => {
    expect(sinksNamed('javascript', 'raw', 'sql').some((sink) => sink.strong)).toBe(true);
    expect(sinksNamed('javascript', 'raw', 'knex').every((sink) => !sink.strong)).toBe(true);
    expect(sinksNamed('python', 'text', '')).toHaveLength(1);
    expect(sinksNamed('python', 'text', 'label')).toEqual([]);
    expect(sinksNamed('go', 'QueryContext', 'db')[0]?.argument).toBe(0);
  });

  it('lists every sink name once per language', () => {
    for (const catalog of Object.values(SQL_SINKS)) {
      const keys = catalog.sinks.flatMap((sink) => sink.names.map((name) => `${name}@${(sink.receivers ?? ['*']).join()}`));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('parses configured extra sinks', () => {
    expect(extraSinks(['runSql', 'db.rawQuery'])).toEqual([
      { names: ['runSql'], argument: 0, strong: true, receivers: undefined, library: 'configuration' },
      { names: ['rawQuery'], argument: 0, strong: true, receivers: ['db'], library: 'configuration' },
    ]);
  });

  it('marks database handles by name', () => {
    expect(SQL_SINKS.python.handleNames.test('cursor')).toBe(true);
    expect(SQL_SINKS.go.handleNames.test('readDB')).toBe(true);
    expect(SQL_SINKS.javascript.handleNames.test('httpClient')).toBe(false);
  });
});
