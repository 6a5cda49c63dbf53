import { describe, expect, it } from 'vitest';
import { isExpiryClaim, isGoJwtModule, isNoneAlgorithm, JWT_ALGORITHM } from './jwt-apis.js';

describe('isExpiryClaim', () => {
  it.each(['exp', 'ExpiresAt', 'expires_at', 'expiry', 'expirationTime', 'createdAt', 'created_at', 'issuedAt'])('reads %j as an expiry the token carries', (name) => {
    expect(isExpiryClaim(name)).toBe(true);
  });

  it.each(['iat', 'sub', 'role', 'experience', 'creator', 'type'])('does not read %j as one', (name) => {
    expect(isExpiryClaim(name)).toBe(false);
  });
});

describe('algorithms', () => {
  it('knows none and the JWT algorithm names', () => {
    expect(isNoneAlgorithm('None')).toBe(true);
    expect(['HS256', 'RS512', 'ES256K', 'EdDSA', 'none'].every((name) => JWT_ALGORITHM.test(name))).toBe(true);
    expect(JWT_ALGORITHM.test('gzip')).toBe(false);
  });
});

describe('isGoJwtModule', () => {
  it('takes the versions of golang-jwt and its predecessors', () => {
    expect(isGoJwtModule('github.com/golang-jwt/jwt/v5')).toBe(true);
    expect(isGoJwtModule('github.com/dgrijalva/jwt-go')).toBe(true);
    expect(isGoJwtModule('github.com/golang-jwt/jwtx')).toBe(false);
  });
});
