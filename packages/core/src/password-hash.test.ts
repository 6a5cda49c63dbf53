import { describe, expect, it } from 'vitest';
import { digestCallsNamed, fastDigest, isPasswordName, kdfCallsNamed, pbkdf2Minimum } from './password-hash.js';

describe('isPasswordName', () => {
  it.each(['password', 'new_password1', 'passwordConfirm', 'pwd', 'raw_password', 'newPassword', 'ADMINPASSWORD', 'user_pass', 'pin', 'password_bytes'])('reads %j as a password', (name) => {
    expect(isPasswordName(name)).toBe(true);
  });

  it.each(['password_hash', 'hashed_password', 'encrypted_password', 'password_reset_token', 'bypass', 'spin', 'passport', 'email', 'token'])('does not read %j as a password', (name) => {
    expect(isPasswordName(name)).toBe(false);
  });

  it('takes extra words', () => {
    expect(isPasswordName('security_answer')).toBe(false);
    expect(isPasswordName('security_answer', ['answer'])).toBe(true);
  });
});

describe('fastDigest', () => {
  it.each([['md5', 'MD5'], ['SHA-256', 'SHA-256'], ['sha3_256', 'SHA3-256'], ['Sum512', 'SHA-512'], ['sha1', 'SHA-1']])('names %j %j', (name, display) => {
    expect(fastDigest(name)).toBe(display);
  });

  it.each(['bcrypt', 'argon2', 'scrypt', 'aes-256-gcm'])('does not call %j a fast digest', (name) => {
    expect(fastDigest(name)).toBeUndefined();
  });
});

describe('pbkdf2Minimum', () => {
  it("follows OWASP's figures per digest", () => {
    expect(pbkdf2Minimum('SHA-256')).toBe(600_000);
    expect(pbkdf2Minimum('SHA-512')).toBe(210_000);
    expect(pbkdf2Minimum('SHA-1')).toBe(1_300_000);
  });

  it('proves only counts below every minimum when the digest is unknown', () => {
    expect(pbkdf2Minimum(undefined)).toBe(210_000);
  });
});

describe('catalog lookups', () => {
  it('finds calls by name and receiver', () => {
    expect(digestCallsNamed('python', 'md5', 'hashlib')).toHaveLength(1);
    expect(digestCallsNamed('python', 'md5', 'cache')).toHaveLength(0);
    expect(kdfCallsNamed('go', 'Key', 'pbkdf2').map((kdf) => kdf.library)).toEqual(['golang.org/x/crypto/pbkdf2', 'crypto/pbkdf2']);
  });
});
