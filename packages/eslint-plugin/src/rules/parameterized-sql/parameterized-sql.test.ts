import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from './index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
const ruleTester = new RuleTester();
const typescript = { filename: 'file.ts', languageOptions: { parser: tseslint.parser } };
const built = (sink: string, how: string, line: number, where = '') => ({ messageId: 'builtQuery', data: { sink, how, where }, line });

ruleTester.run('parameterized-sql', rule, {
  valid: [
    'db.query("SELECT * FROM users WHERE id = $1", [id]);',
    // constants only, including a const and an UPPER_CASE import
    'const TABLE = "users"; const where = "active"; db.query("SELECT * FROM " + TABLE + " WHERE " + where);',
    'import { USERS } from "./tables"; db.query(`SELECT * FROM ${USERS}`);',
    // a query passed in whole is not built here
    'function run(db, sql) { return db.query(sql); }',
    // placeholder lists
    'db.query(`SELECT * FROM t WHERE id IN (${ids.map(() => "?").join(",")})`, ids);',
    'db.query(`SELECT * FROM t WHERE id IN (${Array(ids.length).fill("?").join(", ")})`, ids);',
    // unknown receiver and no SQL in the text
    'api.query("q=" + term);',
    'logger.info("Deleting from cache " + key);',
    // tagged templates bind their values
    'db.query(sql`SELECT * FROM users WHERE id = ${id}`);',
    'db.query(SQL`SELECT * FROM users WHERE id = ${id}`);',
    { code: 'db.query(q`SELECT * FROM users WHERE id = ${id}`);', options: [{ allowedTags: ['q'] }] },
    // Sequelize replacements
    'sequelize.query(`SELECT * FROM users WHERE ${clause}`, { replacements: { id } });',
    // non-strings, accepted by default
    'db.query(`SELECT * FROM t LIMIT ${Number(limit)}`);',
    // an extra sink only counts once configured
    'runSql("DELETE FROM t WHERE id = " + id);',
  ],
  invalid: [
    { code: 'db.query("SELECT * FROM users WHERE id = " + id);', errors: [built('db.query', 'concatenation', 1)] },
    { code: 'let sql = "SELECT * FROM users";\nif (name) sql += " WHERE name = \'" + name + "\'";\ndb.query(sql);', errors: [built('db.query', 'concatenation', 3, ' on line 2')] },
    { code: 'const parts = ["SELECT * FROM t"];\nparts.push(`WHERE a = ${a}`);\ndb.query(parts.join(" "));', errors: [built('db.query', 'a template literal', 3, ' on line 2')] },
    { code: 'db.query(`SELECT * FROM t LIMIT ${Number(limit)}`);', options: [{ allowNonStringValues: false }], errors: [built('db.query', 'a template literal', 1)] },
    { code: 'db.query(q`SELECT * FROM users WHERE id = ${id}`);', errors: [built('db.query', 'a template literal', 1)] },
    { code: 'runSql("DELETE FROM t WHERE id = " + id);', options: [{ extraSinks: ['runSql'] }], errors: [built('runSql', 'concatenation', 1)] },
    { code: 'knex("users").whereRaw("name = " + name);', errors: [built('knex.whereRaw', 'concatenation', 1)] },
    {
      ...typescript,
      code: 'import { Pool } from "pg";\nconst pool = new Pool();\nexport const find = (name: string) => pool.query("x" + name);',
      errors: [built('pool.query', 'concatenation', 3)],
    },
  ],
});
