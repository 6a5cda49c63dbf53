import { describe, expect, it } from 'vitest';
import type { Match, SyntaxNode } from '../../check.js';
import { compileQuery, parseText } from '../../parser.js';
import { queries } from '../../queries.generated.js';
import {
  GO_DSN_CALLS, GO_KEY_CALLS, GO_KEYFUNC_CALLS, GO_SETTING_CALLS, PYTHON_DSN_CALLS, PYTHON_KEY_CALLS, PYTHON_SETTING_CALLS,
} from './calls.js';
import { goLiteral, pythonLiteral, pythonString, spanInLiteral } from './literal.js';
import { candidates, type SiteRules } from './sites.js';

const RULES: Record<'python' | 'go', SiteRules> = {
  python: { keyCalls: PYTHON_KEY_CALLS, settingCalls: PYTHON_SETTING_CALLS, keyfuncCalls: [], dsnCalls: PYTHON_DSN_CALLS, nameOf: (node) => pythonString(node).value },
  go: { keyCalls: GO_KEY_CALLS, settingCalls: GO_SETTING_CALLS, keyfuncCalls: GO_KEYFUNC_CALLS, dsnCalls: GO_DSN_CALLS, nameOf: (node) => node.text.slice(1, -1) },
};

// The query's matches in a snippet, as the engine hands them to the measure.
function matchesIn(language: 'python' | 'go', text: string): Match[] {
  const query = compileQuery(language, queries[`no-hardcoded-secrets/${language}`] ?? '');
  return query.matches(parseText(language, text).rootNode).map(({ captures }) => {
    const match: Record<string, SyntaxNode> = {};
    for (const { name, node } of captures) match[name] ??= node;
    return match;
  });
}

// Every literal of a snippet (not parts of a concatenation), as `value → name|use usage|-`.
function sites(language: 'python' | 'go', text: string): string[] {
  return candidates(matchesIn(language, text), RULES[language]).map(({ node, site }) => {
    const literal = language === 'python' ? pythonLiteral(node) : goLiteral(node);
    const passed = site.passed ? ' (passed)' : '';
    return `${literal.value} → ${site.usage ? `use ${site.usage}` : (site.name ?? '-')}${passed}`;
  });
}

describe('Python sites', () => {
  it('names assignments, attributes, subscripts, pairs, keywords, defaults and comparisons', () => {
    const text = [
      'password: str = "a"', 'self.api_key = ("b")', 'app.config["SECRET_KEY"] = "c"', 'x = {"token": "d", 1: "e"}',
      'connect(password=b"f")', 'def login(user, pwd="g", token: str = "h"): pass', 'if password == "i" or "j" != secret: pass',
      'a, b = "k", "l"', 'label = _("Password")',
    ].join('\n');
    expect(sites('python', text)).toEqual([
      'a → password', 'b → api_key', 'SECRET_KEY → -', 'c → use app.config["SECRET_KEY"]', 'token → -', 'd → token', 'e → -', 'f → password (passed)',
      'g → pwd (passed)', 'h → token (passed)', 'i → password (passed)', 'j → secret (passed)', 'k → a', 'l → b', 'Password → -',
    ]);
  });

  it('reads key arguments and setting fallbacks', () => {
    const text = [
      'jwt.encode(payload, "k1", algorithm="HS256")', 'jwt.decode(t, key="k2")', 'hmac.new(b"k3", msg, sha256)',
      'os.environ.get("SECRET_KEY", "k4")', 'os.getenv("API_KEY", default="k5")', 'URLSafeTimedSerializer("k6")',
    ].join('\n');
    expect(sites('python', text)).toEqual([
      'k1 → use jwt.encode', 'HS256 → algorithm (passed)', 'k2 → use jwt.decode', 'k3 → use hmac.new',
      'SECRET_KEY → -', 'k4 → SECRET_KEY', 'API_KEY → -', 'k5 → API_KEY', 'k6 → use URLSafeTimedSerializer',
    ]);
  });

  it('joins implicit concatenations and maps offsets back to the file', () => {
    const text = 'token = ("ab"\n    f"cd{x}")\n';
    const tree = parseText('python', text);
    const node = tree.rootNode.descendantsOfType('concatenated_string')[0]!;
    const literal = pythonLiteral(node);
    expect(literal.value).toBe('abcd{x}');
    expect(literal.interpolated).toBe(true);
    expect(sites('python', text)).toEqual(['abcd{x} → token']);
    expect(spanInLiteral(literal, 1, 4)).toEqual({ start: { row: 0, column: 11 }, end: { row: 1, column: 8 } });
  });
});

describe('Python sites of keys and connection strings', () => {
  it('reads cloud credentials, connection strings, Flask settings and constants given to key calls', () => {
    const text = [
      'SECRET = "k1"', 'boto3.client("s3", aws_secret_access_key="k2")', 'create_engine("k3")', 'app.config.update(SECRET_KEY="k4")',
      'jwt.encode(p, SECRET)', 'password = "k5" + suffix',
    ].join('\n');
    expect(sites('python', text)).toEqual([
      'k1 → use jwt.encode', 's3 → -', 'k2 → use boto3.client', 'k3 → - (passed)', 'k4 → use SECRET_KEY', 'k5 → password',
    ]);
  });
});

describe('Go sites', () => {
  it('names declarations, assignments, struct and map keys, and comparisons', () => {
    const text = [
      'package p', 'const apiKey = "a"', 'var other string = `b`', 'var jwtKey = []byte("c")', 'func f() {', '\tpassword := "d"',
      '\tc.Password = "e"', '\tm["token"] = "f"', '\t_ = Config{Password: "g"}', '\tif password != "h" {}', '}',
    ].join('\n');
    expect(sites('go', text)).toEqual([
      'a → apiKey', 'b → other', 'c → use jwtKey', 'd → password', 'e → Password', 'token → -', 'f → token', 'g → Password', 'h → password (passed)',
    ]);
  });

  it('reads key arguments, key functions and settings', () => {
    const text = [
      'package p', 'func f() {', '\tmac := hmac.New(sha256.New, []byte("k1"))', '\ts, _ := token.SignedString([]byte("k2"))',
      '\tos.Setenv("API_KEY", "k3")', '\tjwt.Parse(s, func(t *jwt.Token) (any, error) { return []byte("k4"), nil })', '}',
    ].join('\n');
    expect(sites('go', text)).toEqual([
      'k1 → use hmac.New', 'k2 → use token.SignedString', 'API_KEY → -', 'k3 → API_KEY', 'k4 → use jwt.Parse',
    ]);
  });

  it('reads cloud credentials, connection strings, tuples and variables given to key calls', () => {
    const text = [
      'package p', 'var key = []byte("k1")', 'const other = "k2"', 'var u, p = "k3", "k4"', 'func f() {', '\ts, _ := t.SignedString(key)',
      '\tjwt.Parse(s, func(t *jwt.Token) (any, error) { return []byte(other), nil })', '\tcredentials.NewStaticCredentials("k5", "k6", "")',
      '\tsql.Open("mysql", "k7")', '\toption.WithAPIKey("k8")', '\tapiKey := "k9" + suffix', '}',
    ].join('\n');
    expect(sites('go', text)).toEqual([
      'k1 → use t.SignedString', 'k2 → use jwt.Parse', 'k3 → u', 'k4 → p', 'k5 → use credentials.NewStaticCredentials',
      'k6 → use credentials.NewStaticCredentials', ' → -', 'mysql → -', 'k7 → - (passed)', 'k8 → use option.WithAPIKey', 'k9 → apiKey',
    ]);
  });
});

describe('the call catalogs', () => {
  // The query's #match? on @_call / @_keyfunc, as a regex: it must let every catalog callee through.
  function predicates(language: 'python' | 'go', capture: string): RegExp[] {
    const text = queries[`no-hardcoded-secrets/${language}`] ?? '';
    return [...text.matchAll(new RegExp(`#match\\? @${capture} "([^"]+)"`, 'g'))].map((m) => new RegExp((m[1] ?? '').replace(/\\\\/g, '\\')));
  }

  it('are all let through by the queries', () => {
    const catalogs = { python: [...PYTHON_KEY_CALLS, ...PYTHON_SETTING_CALLS], go: [...GO_KEY_CALLS, ...GO_SETTING_CALLS] };
    for (const language of ['python', 'go'] as const) {
      const regexes = predicates(language, '_call');
      expect(regexes.length, language).toBeGreaterThan(0);
      for (const { callee } of catalogs[language]) for (const regex of regexes) expect(regex.test(`x.${callee}`), `${language} ${callee}`).toBe(true);
    }
    for (const callee of GO_KEYFUNC_CALLS) for (const regex of predicates('go', '_keyfunc')) expect(regex.test(callee), callee).toBe(true);
  });
});
