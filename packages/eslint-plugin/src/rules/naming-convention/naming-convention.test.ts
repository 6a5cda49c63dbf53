import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from './index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
const ruleTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const ts = (code: string, filename = 'order-service.ts') => ({ code, filename });
const badName = (kind: string, name: string, found: string, expected: string, suggestion: string, output?: string) => ({
  messageId: 'badName',
  data: { kind, name, found, expected, suggestion },
  suggestions: output === undefined ? [] : [{ messageId: 'rename', data: { suggestion }, output }],
});

ruleTester.run('naming-convention', rule, {
  valid: [
    ts('export const MAX_RETRIES = 3;\nexport const ROUTES = { home: "/" };\nconst defaultTimeout = 30;'),
    ts('const { user_id, created_at = null, ...rest } = req.body;'),
    ts('import { snake_case_name, Foo as foo_bar } from "lib";\nconst legacy_lib = require("legacy-lib");'),
    ts('const UserSchema = z.object({ first_name: z.string() });\nexport const Button = styled.button``;'),
    ts('export function UserCard({ first_name }: Props) { return first_name; }'),
    ts('class OrderService { #cache = new Map(); private getTotal() {} get itemCount() { return 0; } constructor(private readonly orderRepo: Repo) {} }'),
    ts('interface ApiResponse { created_at: string; user_id: number }\ntype Handler<TContext> = (ctx: TContext) => void;\nenum OrderStatus { PENDING, shipped }'),
    ts('declare global { interface Window { __APP_STATE__: unknown } }\ndeclare const __DEV__: boolean;'),
    // the local name is the key of the response body it builds
    ts('const { rows: customer_groups } = await query(q);\nres.json({ customer_groups });'),
    ts('const user_2 = await createUser();\nconst MAX_PAGE = 50;\nfunction f() { const DEFAULT_LIMIT = 20; }'),
    ts('function render({ as: Component, ...props }) { return Component(props); }\nconst replace = (s) => s.replace(/a/, ($1) => $1);'),
    ts('export class RegionSetup20240205 extends Migration {}', 'src/migrations/Migration20240205173216.ts'),
    ts('module.exports = {};', '.eslintrc.js'),
    ts('const _unused = 1;\nfunction handle(_req, __res, next$) { return next$; }'),
    ts('export const GET = async (req, res) => res.json({});'),
    ts('export default class UserProfile {}', 'src/UserProfile.ts'),
    ts('export class Migration20240101 {}', 'src/migrations/Migration20240101.ts'),
    ts('export const a = 1;', 'src/api/admin/products/[id]/route.ts'),
    ts('export const a = 1;', 'src/user-service.test.ts'),
    ts('export const a = 1;', 'src/userService.ts'),
    ts('interface user_row { user_id: number }', 'types/database.d.ts'),
    { code: 'const fetch_user = 1;', filename: 'a.ts', options: [{ javascript: { variable: { allow: '^fetch_' } } }] },
    // module state written like a constant; a stability marker; a constant quoting a lower-case name
    ts('let IS_REQUEST_RUNNING = false;\nexport type legacy_CustomerDTO = { id: string };\nconst CHAR_CODE_a = "a".charCodeAt(0);'),
    // a type named after the string that tags the data (a wire format's node types)
    ts('export type BOOLEAN_OPERATION = { type: "BOOLEAN_OPERATION"; children: Node[] };'),
    // an API client whose data is snake_case: its parameters keep the API's spelling
    ts('interface GetFileOptions { plugin_data?: string }\nexport async function getFile(file_key: string, options: GetFileOptions) { return get(`files/${file_key}`, options); }'),
    // a constant set once in a setup hook, or chosen by branches
    ts('describe("links", () => {\n  let DB_URL;\n  beforeAll(() => { DB_URL = process.env.DB_URL; });\n});'),
    // a type-level assertion in a test: the alias is never read
    ts('it("infers", () => {\n  type verify = Expect<Equal<Expected, Actual>>;\n});'),
    ts('module.exports = { stories: [] };', '.storybook/main_config.js'),
  ],
  invalid: [
    {
      ...ts('function get_user(user_id) {\n  return db.find(user_id);\n}\nexport { get_user };'),
      errors: [
        badName('function', 'get_user', 'snake_case', 'camelCase or PascalCase', 'getUser', 'function getUser(user_id) {\n  return db.find(user_id);\n}\nexport { getUser as get_user };'),
        badName('parameter', 'user_id', 'snake_case', 'camelCase', 'userId', 'function get_user(userId) {\n  return db.find(userId);\n}\nexport { get_user };'),
      ],
    },
    {
      ...ts('function load_orders() {}\nmodule.exports = { load_orders };'),
      errors: [badName('function', 'load_orders', 'snake_case', 'camelCase or PascalCase', 'loadOrders', 'function loadOrders() {}\nmodule.exports = { load_orders: loadOrders };')],
    },
    { ...ts('let order_total = 10;\nsend(order_total);'), errors: [badName('variable', 'order_total', 'snake_case', 'camelCase', 'orderTotal', 'let orderTotal = 10;\nsend(orderTotal);')] },
    {
      ...ts('function f() {\n  const MaxRetries = 3;\n}'),
      errors: [badName('variable', 'MaxRetries', 'PascalCase', 'camelCase', 'maxRetries', 'function f() {\n  const maxRetries = 3;\n}')],
    },
    { ...ts('const { user_id: user_Id } = body;'), errors: [badName('variable', 'user_Id', 'mixed case', 'camelCase', 'userId', 'const { user_id: userId } = body;')] },
    { ...ts('class order_service { Fetch_All() {} }'), errors: [
      badName('class', 'order_service', 'snake_case', 'PascalCase', 'OrderService', 'class OrderService { Fetch_All() {} }'),
      badName('method', 'Fetch_All', 'mixed case', 'camelCase', 'fetchAll', 'class order_service { fetchAll() {} }'),
    ] },
    { ...ts('interface order_row {}\ntype user_id = string;\nenum order_status {}'), errors: [
      badName('interface', 'order_row', 'snake_case', 'PascalCase', 'OrderRow', 'interface OrderRow {}\ntype user_id = string;\nenum order_status {}'),
      badName('type alias', 'user_id', 'snake_case', 'PascalCase', 'UserId', 'interface order_row {}\ntype UserId = string;\nenum order_status {}'),
      badName('enum', 'order_status', 'snake_case', 'PascalCase', 'OrderStatus', 'interface order_row {}\ntype user_id = string;\nenum OrderStatus {}'),
    ] },
    { ...ts('function first<item>(list: item[]): item { return list[0]; }'), errors: [
      badName('type parameter', 'item', 'lower case', 'PascalCase', 'Item', 'function first<Item>(list: Item[]): Item { return list[0]; }'),
    ] },
    { ...ts('const x = 1;', 'src/order_service.ts'), errors: [{ ...badName('file', 'order_service.ts', 'snake_case', 'kebab-case or camelCase', 'order-service.ts'), line: 1, column: 1 }] },
    {
      ...ts('// Copyright header\n\nexport const x = 1;', 'src/order_service.ts'),
      errors: [{ ...badName('file', 'order_service.ts', 'snake_case', 'kebab-case or camelCase', 'order-service.ts'), line: 3, column: 1 }],
    },
    { ...ts('let RETRY_COUNT;\nRETRY_COUNT += 1;'), errors: [badName('variable', 'RETRY_COUNT', 'UPPER_SNAKE_CASE', 'camelCase', 'retryCount', 'let retryCount;\nretryCount += 1;')] },
    { ...ts('function f() {\n  let DB_URL = "";\n  type c = typeof DB_URL;\n  const x: c = DB_URL;\n}'), errors: [
      badName('variable', 'DB_URL', 'UPPER_SNAKE_CASE', 'camelCase', 'dbUrl', 'function f() {\n  let dbUrl = "";\n  type c = typeof dbUrl;\n  const x: c = dbUrl;\n}'),
      badName('type alias', 'c', 'lower case', 'PascalCase', 'C', 'function f() {\n  let DB_URL = "";\n  type C = typeof DB_URL;\n  const x: C = DB_URL;\n}'),
    ] },
    { ...ts('export const userCard = 1;', 'src/UserCard.tsx'), errors: [{ ...badName('file', 'UserCard.tsx', 'PascalCase', 'kebab-case or camelCase', 'user-card.tsx'), line: 1, column: 1 }] },
    {
      code: 'let orderTotal = 1;', filename: 'a.ts', options: [{ javascript: { variable: { style: 'snake_case' } } }],
      errors: [badName('variable', 'orderTotal', 'camelCase', 'snake_case', 'order_total', 'let order_total = 1;')],
    },
  ],
});
