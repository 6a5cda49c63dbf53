import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from './index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
const ruleTester = new RuleTester();
const typescript = { filename: 'file.ts', languageOptions: { parser: tseslint.parser } };
const secret = (what: string, masked: string) => ({ messageId: 'hardcodedSecret', data: { what, masked } });

ruleTester.run('no-hardcoded-secrets', rule, {
  valid: [
    "const password = process.env.DB_PASSWORD;",
    "const password = '';",
    "const apiKey = 'your-api-key-here';",
    "const token_type = 'Bearer';",
    "const labels = { password: 'Password' };",
    "const key = 'c9f0f895fb98ab9159f51fd0297e236d';",
    "const url = `postgres://app:${process.env.DB_PASSWORD}@db/app`;",
    "user.sign('contract.pdf', 'base64');",
    "const cacheKey = 'users:1234:profile';",
    "const [a, b] = ['x', 'y'];",
    "import { sign } from 'node:crypto';\nsign('sha256', data, 'pem-key-name');",
    "const key = process.env.JWT_SECRET;\njwt.sign(payload, key);",
    "let key = 'a';\nkey = process.env.JWT_SECRET;\njwt.sign(payload, key);",
    "function f(secret) { return jwt.verify(t, secret); }",
    "['admin', 'editor'].includes(role);",
    // allowed by options
    { code: "const apiKey = 'c9f0f895fb98ab9159f51fd0297e236d';", options: [{ extraPatterns: [], allowValues: ['^c9f0'], allowPaths: [], entropyThreshold: 3 }] },
    { code: "const apiKey = 'c9f0f895fb98ab9159f51fd0297e236d';", filename: 'seeds/dev.js', options: [{ extraPatterns: [], allowValues: [], allowPaths: ['^seeds/'], entropyThreshold: 3 }] },
  ],
  invalid: [
    { code: "const password = 'hunter2024';", errors: [{ ...secret('The value of `password`', 'hunt…'), line: 1, column: 18, endColumn: 30 }] },
    { code: "this.clientSecret = 'E6wSt9cbMOeEeUtuieeCIxVc';", errors: [secret('The value of `clientSecret`', 'E6wS…')] },
    { code: "if (password == 'letmein2024') {}", errors: [secret('The value of `password`', 'letm…')] },
    { code: "function f(apiKey = '21ce50211670eae679f02e8d28a79023') {}", errors: [secret('The value of `apiKey`', '21ce…')] },
    { code: "const jwtSecret = process.env.JWT_SECRET ?? 'F5puzQqmOBZZW6m4nyoL6uni';", errors: [secret('The value of `jwtSecret`', 'F5pu…')] },
    { code: "jwt.sign(payload, 'secret');", errors: [secret('The key passed to `jwt.sign`', 'sec…')] },
    { code: "app.use(session({ secret: 'keyboard cat' }));", errors: [secret('The key passed to `session`', 'keyb…')] },
    { code: "const gh = 'token ghp_hGAkWvj7FAc9QeWJKY40uvSwMFLZDe1f8rES';", errors: [secret('A GitHub token', 'ghp_…')] },
    { code: "const u = `https://example.org/?key=AIzaEPH1qhT61qtc4xatws8phP9nhFyJfm5di4P&q=${q}`;", errors: [secret('A Google API key', 'AIza…')] },
    {
      code: "const opts = { acme: 'acme_0a1b2c3d4e5f' };",
      options: [{ extraPatterns: [{ id: 'acme-key', description: 'an Acme API key', pattern: 'acme_[a-z0-9]{12}' }], allowValues: [], allowPaths: [], entropyThreshold: 3 }],
      errors: [secret('An Acme API key', 'acme…')],
    },
    {
      ...typescript,
      code: "class Gateway {\n  private readonly apiToken: string = 'TzAeKOmXRrvftva9AW7hipTg';\n}\nenum Keys { ApiKey = 'qlTaWEITclorXwIS8HGNWkz2' }",
      errors: [{ ...secret('The value of `apiToken`', 'TzAe…'), line: 2 }, { ...secret('The value of `ApiKey`', 'qlTa…'), line: 4 }],
    },
    {
      code: "const SECRET = 'my-super-secret';\njwt.verify(token, SECRET);\njwt.sign(p, SECRET);",
      errors: [
        { ...secret('The key passed to `jwt.verify`', 'my-s…'), line: 1 },
        { ...secret('The key passed to `jwt.verify`', 'my-s…'), line: 2, column: 19 },
        { ...secret('The key passed to `jwt.sign`', 'my-s…'), line: 3 },
      ],
    },
    {
      code: "const jwtSecret = 'F5puzQqmOBZZW6m4nyoL6uni';\njwt.sign(p, jwtSecret);",
      errors: [{ ...secret('The value of `jwtSecret`', 'F5pu…'), line: 1 }, { ...secret('The key passed to `jwt.sign`', 'F5pu…'), line: 2 }],
    },
    { code: "import { sign } from 'jsonwebtoken';\nsign(p, Buffer.from('abc'));", errors: [{ ...secret('The key passed to `sign`', 'a…'), line: 2 }] },
    { code: "const cfg = { auth: { key: 'k1' } };\napp.use(cookieParser(cfg.auth.key));", errors: [{ ...secret('The key passed to `cookieParser`', 'k…'), line: 1 }, { ...secret('The key passed to `cookieParser`', 'k…'), line: 2 }] },
    { code: "switch (password) { case 'letmein2024': break; }", errors: [secret('The value of `password`', 'letm…')] },
    { code: "new Sequelize('db', 'app', 'Qz8rT4mW2pLx');", errors: [secret('The value of `password`', 'Qz8r…')] },
    { ...typescript, code: "const k = 'sk_live_3dwHjhxCiQADMqOLRAxXVH0i' as string;", errors: [secret('A Stripe live secret key', 'sk_l…')] },
  ],
});
