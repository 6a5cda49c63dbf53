// What a value is when it is not a secret: a placeholder, a template, a label, a name, a path.
import { shannonEntropy, splitWords } from './words.js';

// a value that is only these words stands in for a secret: `your-api-key-here`, `super-secret`
const FILLER_WORDS = new Set([
  'secret', 'secrets', 'password', 'passwd', 'pass', 'pwd', 'token', 'key', 'api', 'apikey', 'my',
  'the', 'a', 'your', 'here', 'super', 'some', 'value', 'default',
  'true', 'false', 'null', 'none', 'nil', 'undefined', 'string', 'str', 'number', 'int', 'boolean',
  'bool', 'text', 'hidden', 'required', 'optional', 'enabled', 'disabled', 'yes', 'no', 'on', 'off',
  'any', 'object', 'new', 'old', 'current', 'confirm', 'access', 'private', 'client', 'auth', 'jwt',
  'goes', 'xxx', 'not', 'set', 'unset', 'empty', 'blank', 'invalid', 'wrong', 'bad', 'good', 'valid',
  'missing', 'name', 'session', 'sign', 'mysecret', 'mypassword', 'supersecret', 'secretkey',
  'secretpassword', 'topsecret', 'include', 'omit', 'same', 'origin', 'postgres', 'mysql', 'mariadb',
  'guest', 'rabbitmq', 'mongo', 'redis', 'shh', 'shhh', 'shhhh', 'shhhhh', 'shhhhhh',
]);
// a value with any of these words is a stand-in (`sk_test_…`, `dummy-token`, `EXAMPLE`)
const PLACEHOLDER_WORDS = new Set([
  'example', 'examples', 'dummy', 'placeholder', 'changeme', 'changeit', 'redacted', 'fake', 'sample',
  'test', 'testing', 'todo', 'fixme', 'tbd', 'mock', 'mocked', 'foo', 'foobar', 'lorem', 'replace',
  'insert', 'enter', 'notasecret', 'your', 'stub', 'fixture', 'xxxx', 'xxxxx', 'xxxxxx',
]);
// words that make an all-letters value a label or an identifier: "Password", "reset-password"
const SECRET_WORDS = new Set(['password', 'passwd', 'pwd', 'secret', 'token', 'key', 'auth', 'credential', 'credentials', 'apikey']);

const INTERPOLATION = /\$\{|\{\{|%\(|#\{|\$\(|%[sdv]|\{[A-Za-z0-9_.]{0,40}\}|<[^<>\s]{1,60}>/;
const ENV_REFERENCE = /^\$[A-Za-z_][A-Za-z0-9_]{0,100}$/;
const MASK = /^[*•xX#.\-_ ]+$/;
const SAME_CHARACTER = /^(.)\1*$/su;
const SCREAMING_NAME = /^[A-Z][A-Z0-9]{0,60}(?:_[A-Z0-9]{1,60}){1,20}$/;
const URL_OR_PATH = /^(?:[a-z][a-z0-9+.-]{1,20}:\/\/|\.{0,2}\/|~\/|[A-Za-z]:\\)/i;
const FILE_NAME = /\.(?:pem|key|crt|cer|json|ya?ml|txt|p12|pfx|jks|env|pub|der)$/i;
// Stripe test-mode keys reach no real money or data; Stripe publishes them in its docs
const TEST_MODE_KEY = /^(?:sk|rk|pk)_test_/;
// a dependency version or protocol (`"@acme/api-key": "^2.0.0"`, `workspace:*`)
const VERSION = /^(?:[\^~<>=]{0,2}v?\d+\.\d+|(?:workspace|npm|file|link|git\+https?|github):)/;
const LETTERS_ONLY = /^[A-Za-z._-]+$/;
// a dotted lower-case identifier: an attribute, metric or config key (`nexus.service`, `db.pool.size`)
const DOTTED_NAME = /^[a-z][a-z0-9]{0,40}(?:\.[a-z][a-z0-9]{0,40}){1,10}$/;
const AUTH_SCHEME = /^(?:Bearer|Basic|Token|Bot)\s{1,4}/;

// the default passwords of local services' images (`guest`, `postgres`): a development setup
const SERVICE_DEFAULTS = new Set(['postgres', 'mysql', 'mariadb', 'guest', 'rabbitmq', 'mongo', 'redis', 'minioadmin']);

// a mask, a template, an environment reference, a test-mode key or an example marker
function isStructuralStandIn(trimmed: string): boolean {
  if (trimmed.length === 0 || SAME_CHARACTER.test(trimmed) || MASK.test(trimmed)) return true;
  if (INTERPOLATION.test(trimmed) || ENV_REFERENCE.test(trimmed) || TEST_MODE_KEY.test(trimmed)) return true;
  const lower = trimmed.toLowerCase();
  return lower.includes('example') || lower.includes('xxxx') || lower.includes('changeme') || lower.includes('****');
}

// a word that marks a stand-in (`dummy`, `test`), unless the value is long and random enough to be generated
function hasPlaceholderWord(trimmed: string, words: readonly string[]): boolean {
  // a random token can split into a word by chance (…xTestQ…); only short or readable values count
  if (trimmed.length >= 20 && shannonEntropy(trimmed) >= 4) return false;
  return words.some((word) => PLACEHOLDER_WORDS.has(word));
}

/** Whether a value is a placeholder, a template or a mask rather than a real secret. */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (isStructuralStandIn(trimmed)) return true;
  const words = splitWords(trimmed);
  return words.every((word) => FILLER_WORDS.has(word)) || hasPlaceholderWord(trimmed, words);
}

/**
 * Whether a value handed over as a credential (`connect(password="…")`) still stands in for
 * one: a mask, a template, an example, a marked placeholder, a local service's default. Unlike
 * `isPlaceholder`, plain words (`"secret"`, `"admin"`, `"mypassword"`) are credentials there.
 */
export function isStandIn(value: string): boolean {
  const trimmed = value.trim();
  if (isStructuralStandIn(trimmed)) return true;
  const words = splitWords(trimmed);
  return words.every((word) => SERVICE_DEFAULTS.has(word)) || hasPlaceholderWord(trimmed, words);
}

/** Whether a value is empty or a template filled in elsewhere (`${JWT_SECRET}`, `{{ .Values.key }}`). */
export function isTemplate(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length === 0 || INTERPOLATION.test(trimmed) || ENV_REFERENCE.test(trimmed);
}

/** Whether a value is something other than a secret: a label, a name, a URL or a path. */
export function isNotASecret(value: string): boolean {
  const trimmed = value.trim();
  if (isNotACredential(trimmed)) return true;
  // "Password", "reset-password", "auth.token.label": letters only, naming a secret word
  return LETTERS_ONLY.test(trimmed) && splitWords(trimmed).some((word) => SECRET_WORDS.has(word));
}

// fetch(url, { credentials: 'include' }): the Fetch standard's credentials modes name a policy, not a credential
const CREDENTIALS_MODES = new Set(['include', 'omit', 'same-origin']);

/** Whether a value is a sentence, an environment variable name, a dotted key, a URL, a path, a version or a credentials mode: never a credential. */
export function isNotACredential(value: string): boolean {
  const trimmed = value.trim();
  if (/\s/.test(trimmed) || CREDENTIALS_MODES.has(trimmed)) return true;
  return SCREAMING_NAME.test(trimmed) || DOTTED_NAME.test(trimmed) || URL_OR_PATH.test(trimmed) || FILE_NAME.test(trimmed) || VERSION.test(trimmed);
}

// letters only, no digit: a lookup or storage key (`reloadSessionKey = "chunkReload"`), which a generated key never is
const IDENTIFIER = /^[A-Za-z]{1,60}(?:[._:-][A-Za-z]{1,60}){0,10}$/;
// translation catalogs: `locales/de/translation.json`, `intl/messages/de-DE.json`, `i18n/fr.yml`
const TRANSLATIONS = /(?:^|\/)(?:locales?|i18n|intl|l10n|translations?)\/|(?:^|\/)[a-z]{2,3}[-_][A-Z]{2}\.(?:json|ya?ml|properties|po)$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pass', 'pwd']);

/** Whether a UUID sits under a password name (`LastPass = "b78a…"`, an id): services issue UUID keys, not UUID passwords. */
export function isUuidUnderPasswordName(value: string, name: string): boolean {
  const last = splitWords(name).at(-1);
  return last !== undefined && PASSWORD_WORDS.has(last) && UUID.test(value.trim());
}

/** Whether the value of a `…Key` name is an identifier-like word rather than key material. */
export function isLookupKey(value: string, name: string): boolean {
  return /keys?$/i.test(name) && IDENTIFIER.test(value.trim());
}

/** Whether a file is a translation catalog, whose values under secret-looking keys are labels. */
export function isTranslationPath(path: string): boolean {
  return TRANSLATIONS.test(path);
}

/** Whether a value only spells words of its own name (`FlagMinPass = "min-pass"`): a label, not a secret. */
export function spellsName(value: string, name: string): boolean {
  const words = splitWords(value);
  const nameWords = new Set(splitWords(name));
  return words.length > 0 && words.every((word) => nameWords.has(word));
}

/** The value without a leading HTTP auth scheme (`Bearer …`), which is not part of the secret. */
export function stripAuthScheme(value: string): string {
  return value.replace(AUTH_SCHEME, '');
}

/** Regexes of this module, for the ReDoS test. */
export const VALUE_REGEXES: readonly RegExp[] = [INTERPOLATION, ENV_REFERENCE, MASK, SAME_CHARACTER, SCREAMING_NAME, URL_OR_PATH, FILE_NAME, TEST_MODE_KEY, VERSION, LETTERS_ONLY, DOTTED_NAME, AUTH_SCHEME, IDENTIFIER, TRANSLATIONS, UUID];
