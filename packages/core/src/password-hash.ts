// What hashing a password means, for no-weak-password-hash in every engine: which values are
// passwords (by name), which calls are fast digests, which are password KDFs and what they need
// (a random salt, OWASP's iteration counts), and which calls mark a slow hasher nearby.
import { splitWords } from './secrets/words.js';

/** Languages with a hash catalog; TypeScript shares JavaScript's. */
export type HashLanguage = 'javascript' | 'python' | 'go';

// last words that name a password; `pin` and `pass` only as whole words (`spin`, `bypass` are not)
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pw', 'pass', 'passphrase', 'passcode', 'pin', 'pword']);
// `password_confirmation`, `password_bytes`: the word before decides
const TRAILING = new Set(['confirm', 'confirmation', 'again', 'repeat', 'plain', 'plaintext', 'raw', 'text', 'input', 'value', 'str', 'string', 'bytes', 'utf8', 'encoded', 'b']);
// `hashed_password`, `encrypted_password`: already a hash, hashing it again is not storing a password
const NOT_PLAIN = new Set(['hashed', 'hash', 'encrypted', 'crypted', 'digest', 'stored']);

/** Whether a name denotes a plain password: `password`, `new_password1`, `req.body.pwd`'s `pwd`, `passwordConfirm`; not `password_hash`, `password_reset_token`. */
export function isPasswordName(name: string, extraWords: readonly string[] = []): boolean {
  const words = splitWords(name).map((word) => word.replace(/\d+$/, ''));
  while (words.length > 1 && TRAILING.has(words.at(-1) ?? '')) words.pop();
  const last = words.at(-1) ?? '';
  if (NOT_PLAIN.has(words.at(-2) ?? '')) return false;
  if (PASSWORD_WORDS.has(last) || extraWords.includes(last)) return true;
  // one-word compounds: newpassword, ADMINPASSWORD, userpasswd
  return /.(password|passwd|passphrase)$/.test(last);
}

// Display names of fast digests, by their name with case, `-` and `_` removed.
const FAST_DIGESTS: Readonly<Record<string, string>> = {
  md4: 'MD4', md5: 'MD5', sha: 'SHA-1', sha1: 'SHA-1', sha224: 'SHA-224', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512',
  sha512224: 'SHA-512/224', sha512256: 'SHA-512/256', sha3224: 'SHA3-224', sha3256: 'SHA3-256', sha3384: 'SHA3-384', sha3512: 'SHA3-512',
  sha3: 'SHA-3', blake2b: 'BLAKE2b', blake2s: 'BLAKE2s', ripemd160: 'RIPEMD-160' };

/** The display name of a fast digest as an API spells it (`md5`, `SHA-256`, `sha3_256`, `Sum512`), or undefined. */
export function fastDigest(name: string): string | undefined {
  const key = name.toLowerCase().replace(/^sum/, 'sha').replace(/[-_]/g, '');
  return FAST_DIGESTS[key];
}

// OWASP Password Storage Cheat Sheet: PBKDF2 iterations per HMAC digest
const PBKDF2_MINIMUM: Readonly<Record<string, number>> = { 'SHA-1': 1_300_000, 'SHA-256': 600_000, 'SHA-512': 210_000 };
const LOWEST_MINIMUM = Object.values(PBKDF2_MINIMUM).reduce((low, each) => Math.min(low, each));

/** OWASP's minimum PBKDF2 iterations for a digest (display name); for an unknown digest only what is below every minimum is provable. */
export function pbkdf2Minimum(digest: string | undefined): number {
  if (digest === undefined) return LOWEST_MINIMUM;
  return PBKDF2_MINIMUM[digest] ?? PBKDF2_MINIMUM['SHA-256'] ?? LOWEST_MINIMUM;
}

/** Where a call's argument is: its position, and for Python its keyword. */
export interface ArgumentRef {
  readonly index: number;
  readonly keyword?: string;
}

/** A call that digests its input in one step (`hashlib.md5(x)`, `md5.Sum(x)`) or starts a digest fed later (`sha256.New()`). */
export interface DigestCall {
  readonly names: readonly string[];
  /** The last receiver name (`hashlib`, `md5`, `CryptoJS`); `''` for a bare call. */
  readonly receivers: readonly string[];
  /** The digest: from the call's name, its receiver's, or an argument (`hashlib.new('sha1')`, `createHash('md5')`). */
  readonly algorithm: 'name' | 'receiver' | ArgumentRef;
  /** The hashed data, when the call takes it; otherwise the digest is fed by `update(…)` / `Write(…)`. */
  readonly input?: ArgumentRef;
  readonly library: string;
}

/** A password KDF call whose salt must be random and, for PBKDF2, whose iteration count must reach OWASP's minimum. */
export interface KdfCall {
  readonly names: readonly string[];
  readonly receivers: readonly string[];
  readonly kind: 'PBKDF2' | 'scrypt' | 'Argon2';
  readonly salt: ArgumentRef;
  readonly iterations?: ArgumentRef;
  /** The PBKDF2 digest: a name (`'sha256'`), a hash object (`hashes.SHA256()`) or a Go constructor (`sha256.New`). */
  readonly digest?: ArgumentRef;
  readonly library: string;
}

/** A language's catalog. */
export interface HashCatalog {
  readonly digests: readonly DigestCall[];
  /** Methods that feed a started digest: `h.update(x)`, `h.Write(x)`. */
  readonly feeders: readonly string[];
  readonly kdfs: readonly KdfCall[];
  /** What the message suggests instead. */
  readonly fix: string;
}

const PY_DIGESTS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s'];

const PYTHON: HashCatalog = {
  digests: [
    { names: PY_DIGESTS, receivers: ['hashlib', ''], algorithm: 'name', input: { index: 0, keyword: 'data' }, library: 'hashlib' },
    { names: ['new'], receivers: ['hashlib'], algorithm: { index: 0, keyword: 'name' }, input: { index: 1, keyword: 'data' }, library: 'hashlib' },
    { names: ['new'], receivers: ['MD5', 'SHA', 'SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512'], algorithm: 'receiver', input: { index: 0, keyword: 'data' }, library: 'PyCryptodome' },
  ],
  feeders: ['update'],
  kdfs: [
    { names: ['pbkdf2_hmac'], receivers: ['hashlib', ''], kind: 'PBKDF2', digest: { index: 0, keyword: 'hash_name' }, salt: { index: 2, keyword: 'salt' }, iterations: { index: 3, keyword: 'iterations' }, library: 'hashlib' },
    { names: ['PBKDF2HMAC'], receivers: ['pbkdf2', ''], kind: 'PBKDF2', digest: { index: 0, keyword: 'algorithm' }, salt: { index: 2, keyword: 'salt' }, iterations: { index: 3, keyword: 'iterations' }, library: 'cryptography' },
    { names: ['scrypt'], receivers: ['hashlib', ''], kind: 'scrypt', salt: { index: -1, keyword: 'salt' }, library: 'hashlib' },
    { names: ['Scrypt'], receivers: ['scrypt', ''], kind: 'scrypt', salt: { index: 0, keyword: 'salt' }, library: 'cryptography' },
  ],
  fix: "argon2-cffi's PasswordHasher, bcrypt.hashpw or Django's make_password",
};

const JAVASCRIPT: HashCatalog = {
  digests: [
    { names: ['createHash'], receivers: ['crypto', ''], algorithm: { index: 0 }, library: 'node:crypto' },
    { names: ['md5', 'sha1', 'sha256', 'sha512'], receivers: [''], algorithm: 'name', input: { index: 0 }, library: 'md5, sha1, js-sha256, js-sha512' },
    { names: ['MD5', 'SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512', 'SHA3'], receivers: ['CryptoJS'], algorithm: 'name', input: { index: 0 }, library: 'crypto-js' },
  ],
  feeders: ['update'],
  kdfs: [
    { names: ['pbkdf2', 'pbkdf2Sync'], receivers: ['crypto', ''], kind: 'PBKDF2', salt: { index: 1 }, iterations: { index: 2 }, digest: { index: 4 }, library: 'node:crypto' },
    { names: ['scrypt', 'scryptSync'], receivers: ['crypto', ''], kind: 'scrypt', salt: { index: 1 }, library: 'node:crypto' },
  ],
  fix: 'bcrypt/bcryptjs hash, argon2.hash, or crypto.scrypt with a random salt',
};

const GO: HashCatalog = {
  digests: [
    { names: ['Sum'], receivers: ['md5', 'sha1'], algorithm: 'receiver', input: { index: 0 }, library: 'crypto/md5, crypto/sha1' },
    { names: ['Sum224', 'Sum256'], receivers: ['sha256'], algorithm: 'name', input: { index: 0 }, library: 'crypto/sha256' },
    { names: ['Sum384', 'Sum512', 'Sum512_224', 'Sum512_256'], receivers: ['sha512'], algorithm: 'name', input: { index: 0 }, library: 'crypto/sha512' },
    { names: ['New'], receivers: ['md5', 'sha1', 'sha256', 'sha512'], algorithm: 'receiver', library: 'crypto/*' },
  ],
  feeders: ['Write', 'WriteString'],
  kdfs: [
    // golang.org/x/crypto/pbkdf2.Key(password, salt, iter, keyLen, h); Go 1.24 crypto/pbkdf2.Key(h, password, salt, iter, keyLen)
    { names: ['Key'], receivers: ['pbkdf2'], kind: 'PBKDF2', digest: { index: 4 }, salt: { index: 1 }, iterations: { index: 2 }, library: 'golang.org/x/crypto/pbkdf2' },
    { names: ['Key'], receivers: ['pbkdf2'], kind: 'PBKDF2', digest: { index: 0 }, salt: { index: 2 }, iterations: { index: 3 }, library: 'crypto/pbkdf2' },
    { names: ['Key'], receivers: ['scrypt'], kind: 'scrypt', salt: { index: 1 }, library: 'golang.org/x/crypto/scrypt' },
    { names: ['IDKey', 'Key'], receivers: ['argon2'], kind: 'Argon2', salt: { index: 1 }, library: 'golang.org/x/crypto/argon2' },
  ],
  fix: 'golang.org/x/crypto/bcrypt.GenerateFromPassword or argon2.IDKey with a random salt',
};

/** The hash catalog of every language. */
export const HASH_CATALOG: Readonly<Record<HashLanguage, HashCatalog>> = { javascript: JAVASCRIPT, python: PYTHON, go: GO };

/** Django's `make_password(password, salt, hasher)`, and the hashers that store a fast digest. */
export const DJANGO_MAKE_PASSWORD = {
  name: 'make_password',
  password: { index: 0, keyword: 'password' },
  hasher: { index: 2, keyword: 'hasher' },
  weakHashers: { md5: 'MD5', unsalted_md5: 'unsalted MD5', sha1: 'SHA-1', unsalted_sha1: 'unsalted SHA-1', crypt: 'crypt(3)' } as Readonly<Record<string, string>>,
} as const;

/** A callee (as written) that hashes passwords slowly: a fast digest beside it is a pre-hash or a legacy check on the way to it. */
export const SLOW_HASHER = /bcrypt|argon2|scrypt|pbkdf2|hashpw|make_password|check_password|PasswordHasher|CryptContext|GenerateFromPassword|CompareHashAndPassword/i;

/** A Django hasher class whose base is a slow hasher: its fast pre-hash feeds PBKDF2, bcrypt, Argon2 or scrypt. */
export const SLOW_HASHER_BASE = /(PBKDF2|BCrypt|Argon2|Scrypt)\w*PasswordHasher$/;

/**
 * Whether a digest of a password is assigned to a protocol's authentication token (`token`,
 * `FeverToken`, `auth_token`): Subsonic's `t = md5(password + salt)` and the Fever API's
 * `api_key = md5(email:password)` are defined by the protocol and computed to be sent, not chosen
 * as the way to store a password.
 */
export const isProtocolToken = (name: string): boolean => splitWords(name).at(-1) === 'token';

/** The digest calls of a language with this name on this last receiver (`''` for a bare call). */
export function digestCallsNamed(language: HashLanguage, name: string, receiver: string): DigestCall[] {
  return HASH_CATALOG[language].digests.filter((call) => call.names.includes(name) && call.receivers.includes(receiver));
}

/** The KDF calls of a language with this name on this last receiver (`''` for a bare call). */
export function kdfCallsNamed(language: HashLanguage, name: string, receiver: string): KdfCall[] {
  return HASH_CATALOG[language].kdfs.filter((call) => call.names.includes(name) && call.receivers.includes(receiver));
}
