import { describe, expect, it } from 'vitest';
import { nameStrength } from './names.js';
import { splitWords } from './words.js';

describe('splitWords', () => {
  it.each([
    ['apiKey', ['api', 'key']], ['API_KEY', ['api', 'key']], ['api-key', ['api', 'key']], ['APIKey', ['api', 'key']],
    ['spring.datasource.password', ['spring', 'datasource', 'password']], ['NextToken', ['next', 'token']],
    ['x-api-key', ['x', 'api', 'key']], ['DBPassword', ['db', 'password']],
  ])('%s', (name, words) => expect(splitWords(name)).toEqual(words));
});

describe('nameStrength', () => {
  it.each([
    'password', 'passwd', 'pwd', 'db_password', 'DB_PASSWORD', 'dbPassword', 'spring.datasource.password', 'api_key', 'apikey',
    'apiKey', 'API_KEY', 'x-api-key', 'access_key', 'AWS_SECRET_ACCESS_KEY', 'private_key', 'privateKey', 'client_secret',
    'clientSecret', 'jwt_secret', 'JWT_SECRET', 'signing_key', 'credentials', 'auth_token', 'authToken', 'access_token',
    'SECRET_KEY', 'secretKey', 'secretOrKey', 'secretOrPrivateKey', 'smtp_pass', 'ADMINPASSWORD', 'refreshToken', 'github_token', 'webhook_secret', 'encryptionKey',
  ])('%s is a strong secret name', (name) => expect(nameStrength(name)).toBe('strong'));

  it.each(['token', 'secret', 'auth', 'TOKEN', 'csrfToken', 'authorization'])('%s is a generic secret name', (name) => {
    expect(nameStrength(name)).toBe('generic');
  });

  it.each([
    'password_reset_url', 'token_type', 'TOKEN_EXPIRY_SECONDS', 'secretName', 'NextToken', 'passwordField', 'tokenizer',
    'max_tokens', 'password_hash_algorithm', 'keyboard', 'primary_key', 'sort_key', 'cache_key', 'keyPrefix', 'csrf_token_header',
    'PASSWORD_MIN_LENGTH', 'public_key', 'key', 'page_token', 'idempotency_key', 'password_hash', 'secret_arn', 'tokens',
    'hasSecret', 'passwordConfirmation', 'passwordLabel', 'pad_token', 'partition_key', 'foreign_key',
  ])('%s is not a secret name', (name) => expect(nameStrength(name)).toBeUndefined());
});
