// JWT libraries, for jwt-requires-expiry in every engine: which modules sign and verify tokens,
// where a call keeps its claims and options, which options turn a check off, and what the
// message suggests for each library.
import { splitWords } from './secrets/words.js';

// `exp`, and the custom claims an application checks itself: an expiry (`expiresAt`, `expiry`,
// `expiration_time`) or a creation time it measures the token's age from (`createdAt`, `issued_at`,
// as magic-link tokens do). Not the registered `iat`: libraries add it and check it only on request.
const EXPIRY_WORDS = new Set(['exp', 'expire', 'expires', 'expiry', 'expiration', 'created', 'issued']);

/** Whether a claim or field name carries an expiry or an age the application checks: `exp`, `ExpiresAt`, `expires_at`, `createdAt`. */
export function isExpiryClaim(name: string): boolean {
  return EXPIRY_WORDS.has(splitWords(name)[0] ?? '');
}

/** Whether an algorithm name (in a list or an option) is `none`: an unsigned token. */
export const isNoneAlgorithm = (name: string): boolean => name.toLowerCase() === 'none';

/** JWT signing algorithm names (`HS256`, `EdDSA`): a list of them with `none` is a JWT algorithm list, not another setting. */
export const JWT_ALGORITHM = /^(?:[HRPE]S(?:256|384|512)|ES256K|EdDSA|none)$/i;

/** jsonwebtoken, jose and passport-jwt in JavaScript and TypeScript. */
export const JS_JWT = {
  /** `jwt.sign(payload, key, options)`: the payload and options arguments, and the option that sets `exp`. */
  jsonwebtoken: { module: 'jsonwebtoken', sign: 'sign', payload: 0, options: 2, expiryOption: 'expiresIn', decode: 'decode', fix: "pass `expiresIn` in the options (`{ expiresIn: '15m' }`)" },
  /** `new SignJWT(payload)…sign(key)`: the chain needs `setExpirationTime`. */
  jose: { module: 'jose', builder: 'SignJWT', expiryMethod: 'setExpirationTime', decode: 'decodeJwt', fix: "add `.setExpirationTime('15m')` to the chain" },
  /** Options of jsonwebtoken `verify`, passport-jwt and @nestjs/jwt that accept expired tokens. */
  ignoreExpiryOptions: ['ignoreExpiration'],
} as const;

/** A Python JWT module, as imported: `import jwt` (PyJWT), `from jose import jwt` (python-jose). */
export interface PythonJwtModule {
  /** Dotted module path as `import` names it. */
  readonly module: string;
  readonly library: string;
}

/** PyJWT and python-jose: same `encode(claims, key, algorithm=…)` and `decode(token, key, algorithms=…, options=…)`. */
export const PYTHON_JWT = {
  modules: [{ module: 'jwt', library: 'PyJWT' }, { module: 'jwt.api_jwt', library: 'PyJWT' }, { module: 'jose.jwt', library: 'python-jose' }] satisfies PythonJwtModule[],
  encode: { name: 'encode', payload: { index: 0, keywords: ['payload', 'claims'] }, algorithm: 'algorithm' },
  decode: { name: 'decode', key: { index: 1, keyword: 'key' }, options: 'options', algorithms: 'algorithms', legacyVerify: 'verify' },
  /** `options={…}` keys that, set to False, accept expired tokens or skip the signature. */
  expiryOptions: ['verify_exp'],
  signatureOptions: ['verify_signature'],
  /** Calls that only read claims, never verify them. */
  decodeOnly: ['get_unverified_claims'],
  fix: 'add an "exp" claim (`datetime.now(tz=timezone.utc) + timedelta(minutes=15)`)',
} as const;

/** golang-jwt (v3, v4, v5) and its predecessors, all imported as package `jwt`. */
export const GO_JWT = {
  modules: ['github.com/golang-jwt/jwt', 'github.com/dgrijalva/jwt-go', 'github.com/form3tech-oss/jwt-go'],
  /** `jwt.NewWithClaims(method, claims)`, `jwt.New(method)`. */
  sign: { names: ['NewWithClaims'], method: 0, claims: 1 },
  newToken: ['New', 'NewWithClaims'],
  mapClaims: 'MapClaims',
  /** Struct claims with an `ExpiresAt` field, and the fields that embed them in an application's claims. */
  structClaims: ['RegisteredClaims', 'StandardClaims'],
  expiryField: 'ExpiresAt',
  /** Parser options and fields that turn claim validation (and so `exp`) off. */
  skipValidationCalls: ['WithoutClaimsValidation'],
  skipValidationField: 'SkipClaimsValidation',
  validMethods: 'WithValidMethods',
  /** Names that sign or accept unsigned tokens. */
  noneMethod: 'SigningMethodNone',
  noneKey: 'UnsafeAllowNoneSignatureType',
  decodeOnly: ['ParseUnverified'],
  fix: 'set "exp" (`jwt.NewNumericDate(time.Now().Add(15 * time.Minute))`) or `ExpiresAt` in the claims',
} as const;

/** Whether a Go import path is a JWT library of the catalog (`github.com/golang-jwt/jwt/v5`). */
export function isGoJwtModule(path: string): boolean {
  return GO_JWT.modules.some((module) => path === module || path.startsWith(`${module}/`));
}
