// What a name says about its value: the last word (or the last two) decides.
import { splitWords } from './words.js';

/** How sure a name makes us: `strong` reports any real-looking value, `generic` needs entropy. */
export type NameStrength = 'strong' | 'generic';

// last words that name a secret whatever comes before them (`db_password`, `aws.credentials`)
const STRONG_WORDS = new Set([
  'password', 'passwd', 'pwd', 'pass', 'passphrase', 'credential', 'credentials', 'creds', 'cred',
  'apikey', 'secretkey', 'privatekey', 'accesskey', 'signingkey', 'clientsecret', 'authtoken',
  'accesstoken', 'refreshtoken', 'apitoken', 'apisecret', 'appsecret', 'jwtsecret',
]);
// one-word SCREAMING or lower compounds: DBPASSWORD, adminpassword, myapikey
const STRONG_SUFFIXES = ['password', 'passwd', 'apikey', 'secretkey', 'privatekey', 'clientsecret', 'accesstoken', 'authtoken'];
const GENERIC_WORDS = new Set(['token', 'secret', 'auth', 'authorization']);

// `<qualifier> key` is a secret; any other key (`primary_key`, `cache_key`, `sort_key`) is not
const KEY_QUALIFIERS = new Set([
  'api', 'secret', 'private', 'access', 'signing', 'sign', 'encryption', 'encrypt', 'decryption',
  'crypt', 'crypto', 'cipher', 'aes', 'master', 'hmac', 'jwt', 'app', 'auth', 'client', 'session',
  'consumer', 'license', 'shared', 'write', 'admin', 'root', 'service', 'account', 'subscription',
  'webhook', 'ssh', 'gpg', 'pgp', 'token', 'cookie', 'server', 'mac', 'sendgrid', 'stripe', 'mailgun',
  'openai', 'anthropic', 'twilio', 'algolia', 'pusher', 'mapbox', 'maps', 'firebase',
]);
// `<qualifier> token` that names a cursor or a parser token, not a credential
const NOT_SECRET_TOKEN = new Set([
  'next', 'page', 'continuation', 'cancel', 'cancellation', 'sync', 'pagination', 'start', 'end',
  'eos', 'bos', 'pad', 'unk', 'mask', 'sep', 'cls', 'special', 'max', 'min', 'num', 'last', 'first',
  'prev', 'previous', 'resume', 'cursor', 'stop', 'split', 'lexer', 'parse', 'parser', 'input',
  'output', 'word', 'continue', 'marker', 'idempotency', 'request', 'client', 'unique', 'dedup',
  'design', 'color', 'theme', 'style', 'css', 'type', 'sentence', 'text', 'string', 'delimiter',
]);
const STRONG_TOKEN = new Set([
  'access', 'auth', 'refresh', 'bearer', 'api', 'bot', 'personal', 'oauth', 'session', 'service',
  'github', 'gitlab', 'slack', 'npm', 'pypi', 'discord', 'telegram', 'admin', 'secret', 'security',
  'id', 'app', 'webhook', 'registry', 'deploy', 'vault', 'hf', 'huggingface', 'sentry',
]);
// `<qualifier> secret`: a flag or a label rather than the secret (`has_secret`, `show_secret`)
const NOT_SECRET_SECRET = new Set(['is', 'has', 'show', 'hide', 'no', 'use', 'with', 'top', 'k8s', 'kube', 'kubernetes']);

// secretOrKey, secret_or_private_key (passport-jwt, jsonwebtoken): a secret somewhere before the key
function classifyKey(previous: string | undefined, words: readonly string[]): NameStrength | undefined {
  if (previous !== undefined && KEY_QUALIFIERS.has(previous)) return 'strong';
  return words.includes('secret') && words.includes('or') ? 'strong' : undefined;
}

function classifyToken(previous: string | undefined): NameStrength | undefined {
  if (previous === undefined) return 'generic';
  if (NOT_SECRET_TOKEN.has(previous)) return undefined;
  return STRONG_TOKEN.has(previous) ? 'strong' : 'generic';
}

function classifySecret(previous: string | undefined): NameStrength | undefined {
  if (previous === undefined) return 'generic';
  return NOT_SECRET_SECRET.has(previous) ? undefined : 'strong';
}

/** How strongly a name denotes a secret, or undefined when it does not (`token_type`, `primary_key`). */
export function nameStrength(name: string): NameStrength | undefined {
  // "Client Secret", "API keys": a key with spaces is a label (i18n catalogs), not an identifier
  if (name.length > 200 || /\s/.test(name.trim())) return undefined;
  const words = splitWords(name);
  const last = words.at(-1);
  const previous = words.at(-2);
  if (last === undefined) return undefined;
  if (last === 'key' || last === 'keys') return classifyKey(previous, words);
  if (last === 'token') return classifyToken(previous);
  if (last === 'secret') return classifySecret(previous);
  if (STRONG_WORDS.has(last)) return 'strong';
  if (GENERIC_WORDS.has(last)) return 'generic';
  return STRONG_SUFFIXES.some((suffix) => last.endsWith(suffix)) ? 'strong' : undefined;
}
