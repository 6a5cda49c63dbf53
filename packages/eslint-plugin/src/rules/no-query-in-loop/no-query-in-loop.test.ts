import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from './index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
const ruleTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const inLoop = (line: number) => ({ messageId: 'queryInLoop', line });

ruleTester.run('no-query-in-loop', rule, {
  valid: [
    // not database receivers
    'for (const id of ids) { cache.get(id); map.get(id); http.get(`/users/${id}`); }',
    'for (const m of msgs) { await client.messages.create({ body: m }); }',
    'for (const u of users) { users.find((x) => x.id === u.id); }',
    // before and after the loop
    'const rows = await prisma.user.findMany(); for (const r of rows) total += r.n; await prisma.log.create({ data: {} });',
    // a short literal list, a const literal list, a fixed count
    'for (const t of ["a", "b"]) await prisma.user.count({ where: { type: t } });',
    'const KINDS = ["a", "b", "c"]; await Promise.all(KINDS.map((k) => prisma.user.count({ where: { k } })));',
    'for (let i = 0; i < 3; i++) await pool.query("SELECT 1");',
    // leaves after the first iteration
    // skips items without a query, then queries once and leaves
    'const User = require("../models/user");\nfor (const id of ids) {\n  if (!id) continue;\n  await User.findById(id);\n  break;\n}',
    'for (const id of ids) { return prisma.user.findUnique({ where: { id } }); }',
    // a function defined in a loop runs later, not per iteration
    'for (const id of ids) { handlers.push(() => prisma.user.findUnique({ where: { id } })); }',
    // DataLoader batch function and a configured batch helper
    'new DataLoader(async (keys) => Promise.all(keys.map((id) => prisma.user.findUnique({ where: { id } }))));',
    { code: 'async function loadAll(ids) { for (const id of ids) await prisma.user.findUnique({ where: { id } }); }', options: [{ batchFunctions: ['load*'] }] },
    // paging through a table
    'let skip = 0; while (true) { const page = await prisma.user.findMany({ skip, take: 100 }); if (!page.length) break; skip += 100; }',
    // one insert per chunk is the batched form
    'for (const batch of chunk(rows, 500)) await knex("events").insert(batch);',
    'await Promise.all(chunk(ids, 100).map((part) => prisma.user.updateMany({ where: { id: { in: part } }, data: {} })));',
    'const { Document } = require("../models");\nfor (let i = 0; i < destroyBatches.length; i++) await Document.destroy({ where: { id: destroyBatches[i] } });',
    // a while loop that reads a page per iteration batches the writes in it too
    'while (true) { const rows = await pool.query("SELECT id FROM t LIMIT 500"); if (!rows.length) break; await pool.query("DELETE FROM t WHERE id = ANY($1)", [rows]); }',
    // TypeORM repo.create() builds an entity without a query
    'import { Repository } from "typeorm"; for (const d of data) { const e = this.userRepository.create(d); }',
  ],
  invalid: [
    { code: 'for (const id of ids) {\n  await prisma.user.findUnique({ where: { id } });\n}', errors: [inLoop(2)] },
    { code: 'await Promise.all(ids.map(async (id) => this.prisma.user.findFirst({ where: { id } })));', errors: [inLoop(1)] },
    { code: 'import { Pool } from "pg";\nconst pool = new Pool();\nfor (const id of ids) await pool.query("SELECT * FROM t WHERE id = $1", [id]);', errors: [inLoop(3)] },
    { code: 'const db = require("better-sqlite3")("x.db");\nfor (const id of ids) db.prepare("SELECT * FROM t WHERE id = ?").get(id);', errors: [inLoop(2)] },
    { code: 'for (const id of ids) await knex("users").where({ id }).first();', errors: [inLoop(1)] },
    { code: 'import { User } from "../models";\nfor (const o of orders) await User.findByPk(o.userId);', errors: [inLoop(2)] },
    { code: 'for (const id of ids) { const u = await this.userRepository.findOneBy({ id }); }', errors: [inLoop(1)] },
    { code: 'for (const id of ids) await getRepository(User).findOne({ where: { id } });', errors: [inLoop(1)] },
    { code: 'for (const id of ids) await dataSource.manager.find(User, { where: { id } });', errors: [inLoop(1)] },
    { code: 'users.forEach(async (u) => { await userRepo.createQueryBuilder("u").where("u.id = :id", { id: u.id }).getOne(); });', errors: [inLoop(1)] },
    { code: 'const Order = mongoose.model("Order", schema);\nfor (const c of customers) await Order.find({ customer: c._id });', errors: [inLoop(2)] },
    { code: 'for (const id of ids) await userStore.load(id);', options: [{ extraQueryCalls: ['userStore.load'] }], errors: [inLoop(1)] },
    { code: 'import postgres from "postgres";\nconst sql = postgres();\nfor (const id of ids) await sql`SELECT * FROM t WHERE id = ${id}`;', errors: [inLoop(3)] },
    { code: 'import prisma from "@/lib/prisma";\nconst { client } = prisma;\nfor (const d of data) await client.sessionData.create({ data: d });', errors: [inLoop(3)] },
    { code: 'const User = require("../models/user");\nfor (const id of ids) {\n  if (!id) continue;\n  await User.findById(id);\n  if (done) break;\n}', errors: [inLoop(4)] },
    { code: 'const { Document } = require("../models");\nfor (let i = 0; i < ids.length; i++) await Document.destroy({ where: { id: ids[i] } });', errors: [inLoop(2)] },
    {
      code: 'for (const order of orders) await prisma.user.findUnique({ where: { id: order.userId } });',
      errors: [{ messageId: 'queryInLoop', data: { call: '`prisma.user.findUnique(…)`', loop: 'the for…of loop over `orders` on line 1', fix: 'fetch them in one `findMany({ where: { id: { in: ids } } })`, or load the relation with `include`' } }],
    },
  ],
});
