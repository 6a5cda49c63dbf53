// Where a call takes a signing key or secret: jsonwebtoken `sign`/`verify`, jose's builders and
// `jwtVerify`, `crypto.createHmac`, `cookieParser`, and the `secret` options of session and JWT
// middleware (express-session, cookie-session, express-jwt, passport-jwt, @nestjs/jwt, next-auth).
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { calleeParts, importedName, moduleOf, unwrapTs } from '../../util/static-value.js';
import { objectOf, stringValue } from './resolve.js';

type Scope = TSESLint.Scope.Scope;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/** An expression in a key position, where its use is reported, and the call that uses it, as written. */
export interface KeySite {
  readonly node: TSESTree.Node;
  /** The argument itself, or the options argument when the options object is declared elsewhere. */
  readonly at: TSESTree.Node;
  readonly usage: string;
}

// the key argument of jsonwebtoken's and jose's verifying functions, whoever calls them
const JWT_FUNCTIONS: Readonly<Record<string, number>> = { sign: 1, verify: 1 };
const JOSE_FUNCTIONS: Readonly<Record<string, number>> = { jwtVerify: 1, jwtDecrypt: 1, compactVerify: 1, compactDecrypt: 1 };
// crypto.createHmac('sha256', KEY), cookieParser(KEY), CryptoJS.HmacSHA256(message, KEY): any receiver
const KEY_FUNCTIONS: Readonly<Record<string, number>> = {
  createHmac: 1, cookieParser: 0, HmacSHA1: 1, HmacSHA256: 1, HmacSHA512: 1, HmacMD5: 1, ...JOSE_FUNCTIONS,
};
// createCipheriv(algorithm, KEY, iv): only with the reportEncryptionKeys option
const CIPHER_KEY_FUNCTIONS: Readonly<Record<string, number>> = { createCipheriv: 1, createDecipheriv: 1 };
// CryptoJS.AES.encrypt(message, KEY), CryptoJS.AES.decrypt(cipher, KEY)
const CIPHERS = new Set(['AES', 'DES', 'TripleDES', 'Rabbit', 'RC4']);
const CIPHER_FUNCTIONS = new Set(['encrypt', 'decrypt']);
// new SignJWT(payload)….sign(KEY), new EncryptJWT(payload)….encrypt(KEY)
const JOSE_BUILDERS = new Set(['SignJWT', 'EncryptJWT', 'CompactSign', 'FlattenedSign', 'CompactEncrypt', 'FlattenedEncrypt']);
const JOSE_FINISHERS = new Set(['sign', 'encrypt']);
// session({ secret }), NextAuth({ secret }), new JwtStrategy({ secretOrKey }), JwtModule.register({ secret })
const OPTION_CALLS = new Set([
  'session', 'expressSession', 'cookieSession', 'expressjwt', 'jwt', 'register', 'registerAsync', 'JwtStrategy', 'Strategy', 'super',
  'NextAuth', 'getToken', 'encode', 'decode', 'Koa', 'strategy', 'getIronSession', 'sealData', 'unsealData', 'withIronSessionApiRoute', 'withIronSessionSsr', 'ironSession',
]);
/** Option names whose value is the signing key. */
export const OPTION_KEYS = new Set(['secret', 'secretOrKey', 'secretOrPrivateKey', 'privateKey', 'signingKey']);
// more key options of some calls: cookie-session's, express-session's and Koa's list of signing
// keys, hapi-auth-jwt2's `server.auth.strategy('jwt', 'jwt', { key })`, iron-session's `password`
const MORE_KEYS: Readonly<Record<string, string>> = {
  session: 'keys', expressSession: 'keys', cookieSession: 'keys', Koa: 'keys', strategy: 'key', getIronSession: 'password', sealData: 'password',
  unsealData: 'password', withIronSessionApiRoute: 'password', withIronSessionSsr: 'password', ironSession: 'password',
};

const MAX_USAGE_LENGTH = 40;

const isJwtModule = (module: string | undefined): boolean => module === 'jsonwebtoken';

// jwt.sign / jsonwebtoken.verify / require('jsonwebtoken').sign / `import { sign } from 'jsonwebtoken'`; not user.sign(…)
function isJsonWebToken(callee: TSESTree.Node, receiver: TSESTree.Node | undefined, scope: Scope): boolean {
  if (receiver === undefined) return callee.type === 'Identifier' && isJwtModule(moduleOf(callee, scope)) && importedName(callee, scope) !== undefined;
  if (receiver.type === 'Identifier' && isJwtModule(moduleOf(receiver, scope))) return true;
  const isRequire = receiver.type === 'CallExpression' && receiver.callee.type === 'Identifier' && receiver.callee.name === 'require';
  const source = isRequire ? receiver.arguments[0] : undefined;
  if (source?.type === 'Literal' && isJwtModule(String(source.value))) return true;
  const name = receiver.type === 'Identifier' ? receiver.name : receiver.type === 'MemberExpression' && receiver.property.type === 'Identifier' ? receiver.property.name : '';
  return /jwt|jsonwebtoken/i.test(name);
}

// the `new SignJWT(…)` a `.sign(key)` chain starts from
function isJoseChain(receiver: TSESTree.Node | undefined): boolean {
  let current = receiver && unwrapTs(receiver);
  for (let steps = 0; current?.type === 'CallExpression' && steps < 20; steps++) current = calleeParts(current.callee)?.receiver;
  if (current?.type !== 'NewExpression') return false;
  const builder = current.callee.type === 'MemberExpression' ? current.callee.property : current.callee;
  return builder.type === 'Identifier' && JOSE_BUILDERS.has(builder.name);
}

// createCipheriv, crypto-js AES.encrypt/decrypt, importKey('raw', KEY): encryption keys, behind the option
// (a decrypting script may hold an application's documented default key on purpose)
function cipherKeyIndex(call: Call, name: string, receiver: TSESTree.Node | undefined): number | undefined {
  // crypto.subtle.importKey('raw', KEY, …): a secret key's bytes (not 'spki' or 'jwk', which may be public)
  if (name === 'importKey') return stringValue(call.arguments[0] ?? call) === 'raw' ? 1 : undefined;
  if (CIPHER_FUNCTIONS.has(name) && receiver !== undefined) return CIPHERS.has(calleeParts(receiver)?.name ?? '') ? 1 : undefined;
  return Object.hasOwn(CIPHER_KEY_FUNCTIONS, name) ? CIPHER_KEY_FUNCTIONS[name] : undefined;
}

function keyIndex(call: Call, scope: Scope, encryption: boolean): number | undefined {
  const parts = calleeParts(call.callee);
  if (parts === undefined) return undefined;
  const { name, receiver } = parts;
  if (JOSE_FINISHERS.has(name) && isJoseChain(receiver)) return 0;
  const cipher = encryption ? cipherKeyIndex(call, name, receiver) : undefined;
  if (cipher !== undefined) return cipher;
  if (Object.hasOwn(JWT_FUNCTIONS, name)) return isJsonWebToken(unwrapTs(call.callee), receiver && unwrapTs(receiver), scope) ? JWT_FUNCTIONS[name] : undefined;
  return Object.hasOwn(KEY_FUNCTIONS, name) ? KEY_FUNCTIONS[name] : undefined;
}

// the secret options of an options argument, written inline or declared as a local object
function optionsOf(argument: TSESTree.Node, name: string, scope: Scope, usage: string): KeySite[] {
  const inline = unwrapTs(argument).type === 'ObjectExpression';
  const sites: KeySite[] = [];
  for (const property of objectOf(argument, scope)?.properties ?? []) {
    if (property.type !== 'Property' || property.computed) continue;
    const key = property.key.type === 'Identifier' ? property.key.name : String((property.key as TSESTree.Literal).value);
    if (OPTION_KEYS.has(key) || (Object.hasOwn(MORE_KEYS, name) && MORE_KEYS[name] === key)) sites.push({ node: property.value, at: inline ? property.value : argument, usage });
  }
  return sites;
}

/** The expressions a call takes as signing keys or secrets. */
export function keySites(call: Call, scope: Scope, text: (node: TSESTree.Node) => string, encryption = false): KeySite[] {
  const index = keyIndex(call, scope, encryption);
  const argument = index === undefined ? undefined : call.arguments[index];
  const name = call.callee.type === 'Super' ? 'super' : calleeParts(call.callee)?.name;
  const isOptionCall = name !== undefined && OPTION_CALLS.has(name);
  if (argument === undefined && !isOptionCall) return [];
  // `new SignJWT({ … }).setProtectedHeader({ … }).sign` reads as `….sign` in a message
  // require('jsonwebtoken').sign reads as jsonwebtoken.sign
  const written = text(call.callee).replace(/^require\((["'`])([^"'`]+)\1\)/, '$2');
  const usage = written.length > MAX_USAGE_LENGTH && name !== undefined ? `….${name}` : written;
  // jwtService.sign(payload, { secret }) (@nestjs/jwt): the key is an option of the key argument
  const sites: KeySite[] = argument === undefined ? [] : [{ node: argument, at: argument, usage }, ...optionsOf(argument, '', scope, usage)];
  return isOptionCall ? [...sites, ...call.arguments.flatMap((each) => optionsOf(each, name, scope, usage))] : sites;
}
