import { type EffectiveRule, findRule, type Language, languageOf, MAX_NESTING_DEPTH, type SourceFile } from '@plumbline/core';
import { describe, expect, it } from 'vitest';
import { configEngine } from './engine.js';
import { readJson } from './readers/json.js';

const meta = findRule('no-hardcoded-secrets');
const rules: EffectiveRule[] = [{ id: 'no-hardcoded-secrets', severity: 'error', options: { ...meta?.options.defaults } }];

function check(relativePath: string, text: string) {
  const language = languageOf(relativePath) as Language;
  const file: SourceFile = { path: `/repo/${relativePath}`, relativePath, text, language };
  return configEngine.check(file, rules);
}

const where = (relativePath: string, text: string) => check(relativePath, text).findings.map((f) => {
  const { startLine, startColumn, endLine, endColumn } = f.location;
  return [startLine, startColumn, endLine, endColumn];
});

const PASSWORD = 'Vq7Rw2vLx9TnB4kd';
const PEM_BODY = 'n6kfaqDeMqG3omjMyXHCabM6JOF8EFd0Nhcy/1kGD2VD/eR1UYzaLiA/zNyD7CHL';

describe('configEngine positions: line and column of the secret inside the value', () => {
  it.each([
    ['.env', `A=1\nexport DB_PASSWORD="${PASSWORD}" # note\n`, [[2, 21, 2, 37]]],
    ['app.ini', `[db]\npassword = '${PASSWORD}' ; note\n`, [[2, 13, 2, 29]]],
    ['application.properties', `# x\nspring.datasource.password ${PASSWORD}\n`, [[2, 28, 2, 44]]],
    ['application.properties', `db.password=Vq7R\\\n    w2vLx9TnB4kd\n`, [[1, 13, 2, 17]]],
    ['settings.toml', `[db]\nconn = { password = "${PASSWORD}" }\n`, [[2, 22, 2, 38]]],
    ['config.json', `{\n  "db": { "password": "Vq7R\\u0077${PASSWORD.slice(5)}" }\n}\n`, [[2, 24, 2, 45]]],
    ['docker-compose.yml', `services:\n  db:\n    environment:\n      - "DB_PASSWORD=${PASSWORD}"\n`, [[4, 22, 4, 38]]],
  ])('%s', (path, text, expected) => {
    expect(where(path, text)).toEqual(expected);
  });

  it('reports a PEM key in a YAML block scalar where the key starts', () => {
    const text = `apiVersion: v1\nstringData:\n  key.pem: |\n    -----BEGIN RSA PRIVATE KEY-----\n    ${PEM_BODY}\n    -----END RSA PRIVATE KEY-----\n`;
    expect(where('secret.yaml', text)[0]?.slice(0, 2)).toEqual([4, 5]);
  });

  it('reports a PEM key in a TOML multi-line string where the key starts', () => {
    const text = `[signing]\nkey = """\n-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----\n"""\n`;
    expect(where('app.toml', text)[0]?.slice(0, 2)).toEqual([3, 1]);
  });

  it('names a nested value by its last key and a Kubernetes env entry by its name', () => {
    const result = check('deploy.yaml', `env:\n  - name: SESSION_SECRET\n    value: Zk4pQ8vX2mL7nR9tW3yB6cF1\n`);
    expect(result.findings.map((f) => f.message)).toEqual([expect.stringContaining('`SESSION_SECRET`')]);
  });
});

describe('configEngine context', () => {
  it('does not report a password equal to the user next to it, nor package names in a manifest', () => {
    expect(where('compose.yml', 'environment:\n  - POSTGRES_USER=reporting\n  - POSTGRES_PASSWORD=reporting\n')).toEqual([]);
    expect(where('compose.yml', 'environment:\n  - POSTGRES_USER=app\n  - POSTGRES_PASSWORD=reporting\n')).toHaveLength(1);
    expect(where('package.json', '{ "dependencies": { "@acme/api-key": "workspace:*", "secret-store": "2.1.0" } }')).toEqual([]);
  });
});

describe('configEngine on bad input', () => {
  it.each([
    ['broken.yaml', 'services:\n  db:\n    image: [postgres\n  x: 1\n', 4],
    ['broken.json', '{\n  "a": 1,\n  "b": }\n', 3],
    ['broken.toml', '[db]\npassword = "unterminated\n', 2],
  ])('%s gives a parse-error notice with its line', (path, text, line) => {
    const result = check(path, text);
    expect(result.findings).toEqual([]);
    expect(result.notices).toEqual([expect.objectContaining({ code: 'parse-error', file: path, line })]);
  });

  it.each([
    ['deep-array.json', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['deep.json', `${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`],
    ['deep.yaml', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['deep-block.yaml', `a:\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')} x\n`],
  ])('%s, nested 5,000 levels, is a notice, not a crash', (path, text) => {
    const result = check(path, text);
    expect(result.findings).toEqual([]);
    expect(result.notices.filter((n) => n.code !== 'too-deeply-nested')).toEqual([]);
  });

  it('gives a 5,000-level TOML array the nesting notice, and reads one at the limit', () => {
    const deep = (levels: number): string => `a = ${'['.repeat(levels)}"x"${']'.repeat(levels)}\n`;
    expect(check('deep.toml', deep(5000)).notices.map((n) => n.code)).toEqual(['too-deeply-nested']);
    expect(check('deep.toml', deep(MAX_NESTING_DEPTH)).notices).toEqual([]);
  });

  it('reads a 2 MB JSON file quickly', () => {
    const row = '  {"id": "3f2a9c1e-7b4d-4e8a-9c1f-2d3e4f5a6b7c", "name": "Ada Lovelace", "email": "ada@example.com", "sha": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},\n';
    const text = `[\n${row.repeat(Math.ceil((2 * 1024 * 1024) / row.length))}  {}\n]\n`;
    const start = performance.now();
    expect(readJson(text).values.length).toBeGreaterThan(40_000);
    const read = performance.now() - start;
    const result = check('data.json', text);
    expect(result.notices).toEqual([]);
    expect(result.findings).toEqual([]);
    // idle: about 0.2 s to read, 0.7 s more for the secret detector; the bounds leave room for shared CPUs
    expect(read).toBeLessThan(1500);
    expect(performance.now() - start).toBeLessThan(6000);
  });

  it('reports a rule it does not implement as an engine error', () => {
    const result = configEngine.check({ path: '/r/a.env', relativePath: 'a.env', text: 'A=1\n', language: 'dotenv' }, [{ id: 'max-file-lines', severity: 'warning', options: {} }]);
    expect(result.notices).toEqual([expect.objectContaining({ code: 'engine-error' })]);
  });
});

describe('configEngine comments', () => {
  it.each([
    ['.env.local', '# plumbline-ignore-next-line no-hardcoded-secrets -- x\nA=1\n', 1, 1],
    ['app.ini', 'a = 1 ; plumbline-ignore no-hardcoded-secrets -- x\n', 1, 7],
    ['app.properties', '! plumbline-ignore-next-line no-hardcoded-secrets -- x\na=1\n', 1, 1],
    ['tsconfig.json', '{\n  // plumbline-ignore-next-line no-hardcoded-secrets -- x\n  "a": 1\n}\n', 2, 3],
  ])('returns the directive comments of %s', (path, text, line, column) => {
    const [comment] = check(path, text).comments;
    expect(comment).toMatchObject({ line, column });
    expect(comment?.text).toMatch(/^(#|\/\/) ?plumbline-ignore/);
  });
});
