import { describe, expect, it } from 'vitest';
import { isChecksumName, secretDetector } from './detector.js';

const defaults = { extraPatterns: [], allowValues: [], allowPaths: [], entropyThreshold: 3 };
const detector = secretDetector(defaults);
const at = (name: string) => ({ path: 'src/config.ts', name });

describe('secretDetector by name', () => {
  it.each([
    ['password', 'hunter22'], ['DB_PASSWORD', 'pr0d-Db-2024'], ['spring.datasource.password', 'Vt9x2KqPz7'],
    ['api_key', '550e8400-e29b-41d4-a716-446655440000'], ['clientSecret', 'q8Zr2LmV0pXa'], ['password', 'password123'],
    ['token', '8f3Kq2LmZ9xP1vR7tY4w'], ['authorization', 'Bearer 8f3Kq2LmZ9xP1vR7tY4w'], ['secret', 'd41d8cd98f00b204e9800998ecf8427e'],
  ])('reports %s = %s', (name, value) => {
    const match = detector.inspect(value, at(name));
    expect(match?.kind).toBe('secret-name');
    expect(match?.what).toBe(`The value of \`${name}\``);
    expect(match?.masked).toBe(`${value.replace(/^Bearer /, '').slice(0, 4)}…`);
  });

  it.each([
    ['password', ''], ['password', 'changeme'], ['api_key', 'xxx'], ['apiKey', '<your-key>'], ['secret', '${JWT_SECRET}'],
    ['secret', '{{ .Values.secret }}'], ['password', '%(password)s'], ['apiKey', 'your-api-key-here'], ['token', 'example'],
    ['password', 'dummy'], ['password', 'test'], ['password', 'secret'], ['password', 'password'], ['password', 'aaaaaaaa'],
    ['password', '********'], ['password', 'REDACTED'], ['token', 'TODO'], ['password', 'Password'], ['password', 'Enter your password'],
    ['password', 'DB_PASSWORD'], ['password', '$DB_PASSWORD'], ['password_reset_url', 'https://example.com/reset'],
    ['token', 'abc123'], ['token', 'access_token'], ['secret', 'mysecret'], ['password', 'pass'], ['jwtSecret', 'super-secret-key'],
    ['private_key', './keys/private.pem'], ['password', '/run/secrets/db_password'], ['token_type', 'Bearer'], ['tokenizer', 'cl100k_base'],
    ['integrity', 'sha512-Q8Zr2LmV0pXaT4bN7cW1eY6uI3oP9sD5fG2hJ8kL0zX'], ['NextToken', 'eyJuZXh0IjoxMH0'], ['api_key', 'sk_test_lBYOvfZ8UzDzV8fUkkibjL5D'],
    ['password', 'new-password'], ['authToken', 'auth.token.label'], ['credentials', 'include'], ['@acme/api-key', 'workspace:^'],
    ['@acme/api-key', '^2.0.0'], ['POSTGRES_PASSWORD', 'postgres'], ['NexusServiceKey', 'nexus.service'],
    ['FlagMinPass', 'min-pass'], ['adminPasswordField', 'admin_password_field'], ['Client Secret', 'Klientens hemmelighed'],
    ['API keys', 'API-nøgler'], ['reloadSessionKey', 'chunkReload'], ['cacheKey', 'orders:by-customer'],
    ['LastPass', 'b78a0a55-6ef8-d246-a042-ba0f6d55050c'],
  ])('does not report %s = %s', (name, value) => {
    expect(detector.inspect(value, at(name))).toBeUndefined();
  });

  it('reads translation catalogs as labels, by path', () => {
    const inCatalog = (path: string) => detector.inspect('Passwort1', { path, name: 'password' });
    expect(inCatalog('shared/i18n/locales/de_DE/translation.json')).toBeUndefined();
    expect(inCatalog('public/intl/messages/de-DE.json')).toBeUndefined();
    expect(inCatalog('config/db.yml')?.kind).toBe('secret-name');
    expect(detector.inspect('ghp_8f3Kq2LmZ9xP1vR7tY4wB6nC0dE5fG2hJ8kL', { path: 'locales/en.json', name: 'token' })?.kind).toBe('github-token');
  });

  it('needs the entropy threshold for generic names only', () => {
    const strict = secretDetector({ ...defaults, entropyThreshold: 5 });
    expect(strict.inspect('8f3Kq2LmZ9xP1vR7tY4w', at('token'))).toBeUndefined();
    expect(strict.inspect('8f3Kq2LmZ9xP1vR7tY4w', at('api_token'))?.kind).toBe('secret-name');
  });
});

describe('secretDetector usage sites', () => {
  it.each(['keyboard cat', 'secret', 'shhhhh', 'JWT_SECRET'])('reports the literal key %s', (value) => {
    expect(detector.inspect(value, { path: 'src/auth.ts', usage: 'jwt.sign' })?.kind).toBe('secret-usage');
  });
  it.each(['', '${JWT_SECRET}'])('does not report the template %s', (value) => {
    expect(detector.inspect(value, { path: 'src/auth.ts', usage: 'jwt.sign' })).toBeUndefined();
  });
});

describe('secretDetector options', () => {
  it('adds extra patterns', () => {
    const custom = secretDetector({ ...defaults, extraPatterns: [{ id: 'acme-key', description: 'an Acme API key', pattern: 'acme_[a-z0-9]{12}' }] });
    expect(custom.inspect('key=acme_0a1b2c3d4e5f', { path: 'a.ts' })).toMatchObject({ kind: 'acme-key', what: 'An Acme API key', start: 4, masked: 'acme…' });
  });
  it('allows values and paths', () => {
    const allowing = secretDetector({ ...defaults, allowValues: ['^AKIAUJZ'], allowPaths: ['^fixtures/'] });
    expect(allowing.inspect('AKIAUJZDEGXDNCF32EPF', { path: 'a.ts' })).toBeUndefined();
    expect(allowing.inspect('AKIAQWERTYUIOP234567', { path: 'a.ts' })?.kind).toBe('aws-access-key-id');
    expect(allowing.isAllowedPath('fixtures/keys.ts')).toBe(true);
    expect(allowing.isAllowedPath('src/fixtures/keys.ts')).toBe(false);
  });
  it('answers isSecretName and isChecksumName', () => {
    expect(detector.isSecretName('DB_PASSWORD')).toBe(true);
    expect(detector.isSecretName('token_type')).toBe(false);
    expect(isChecksumName('integrity')).toBe(true);
    expect(isChecksumName('sha256')).toBe(true);
  });
});

describe('secretDetector at a site that hands the value over', () => {
  const passed = (name: string) => ({ path: 'app/db.py', name, passed: true });

  it.each([['password', 'root'], ['password', 'admin'], ['pwd', 'mypassword'], ['password', 'secret'], ['api_key', 'abc123']])(
    'reports %s = %s, masked to half of it at most', (name, value) => {
      const match = detector.inspect(value, passed(name));
      expect(match?.kind).toBe('secret-name');
      expect(match?.masked.length).toBeLessThanOrEqual(Math.floor(value.length / 2) + 1);
    });

  it.each([
    ['password', ''], ['password', 'abc'], ['password', 'password'], ['password', '********'], ['password', '{password}'],
    ['password', '%s'], ['password', '${DB_PASSWORD}'], ['password', 'DB_PASSWORD'], ['password', 'https://example.com/reset'],
    ['password', 'Enter your password'], ['password', 'auth.password.label'], ['password', 'postgres'], ['password', 'changeme'],
    ['password', 'your-password-here'], ['token', 'abc123'], ['token_type', 'bearer'], ['password_field', 'password'],
  ])('does not report %s = %s', (name, value) => {
    expect(detector.inspect(value, passed(name))).toBeUndefined();
  });

  it('still reads a word-like value under a bound name as a placeholder', () => {
    expect(detector.inspect('mypassword', at('password'))).toBeUndefined();
  });

  it('reports a word-like password of a connection string handed to a driver', () => {
    expect(detector.inspect('root:password@tcp(localhost:3306)/shop', { path: 'db.go', passed: true })?.kind).toBe('dsn-password');
    expect(detector.inspect('root:password@tcp(localhost:3306)/shop', { path: 'db.go' })).toBeUndefined();
  });
});
