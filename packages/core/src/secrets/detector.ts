// The detector: provider formats first, then usage sites, then what the name says.
import { maskSecret } from '../finding.js';
import { capPatternInput, testCapped } from '../limits.js';
import type { NoHardcodedSecretsOptions } from '../rules/no-hardcoded-secrets.js';
import type { SecretDetector, SecretMatch, SecretSite } from './types.js';
import { nameStrength } from './names.js';
import { SECRET_PATTERNS, type SecretPattern } from './patterns.js';
import {
  isLookupKey, isNotACredential, isNotASecret, isPlaceholder, isStandIn, isTemplate, isTranslationPath, isUuidUnderPasswordName,
  spellsName, stripAuthScheme,
} from './values.js';
import { shannonEntropy, splitWords } from './words.js';

/** Shortest value reported for a strong secret name (`password`, `api_key`). */
export const MIN_STRONG_LENGTH = 6;
/** Shortest value reported for a generic secret name (`token`, `secret`), which also needs entropy. */
export const MIN_GENERIC_LENGTH = 16;
/** Shortest value reported when handed over under a strong name (`connect(password="root")`). */
export const MIN_PASSED_LENGTH = 4;

// a password or token is short; a longer value under a secret name is a document, not a credential
const MAX_NAMED_LENGTH = 1_000;

// lockfile and manifest keys whose values are digests, never secrets
const CHECKSUM_WORDS = new Set(['integrity', 'checksum', 'checksums', 'sha', 'sha1', 'sha256', 'sha512', 'hash', 'digest', 'resolved', 'etag', 'shasum', 'fingerprint']);

/** Whether a name holds a digest (`integrity`, `checksum`, `sha256`): its value is an identifier, not a secret. */
export function isChecksumName(name: string): boolean {
  const last = splitWords(name).at(-1);
  return last !== undefined && CHECKSUM_WORDS.has(last);
}

interface Compiled extends Omit<SecretPattern, 'example' | 'nearMisses'> {
  readonly regex: RegExp;
  /** From the `extraPatterns` option rather than built in. */
  readonly configured?: boolean;
}

// `d` gives the offsets of the secret group
const compile = (pattern: Omit<SecretPattern, 'example' | 'nearMisses'>): Compiled => ({
  ...pattern, regex: new RegExp(pattern.regex.source, `${pattern.regex.flags.replace('g', '')}d`),
});
const BUILT_IN = SECRET_PATTERNS.map(compile);

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function hasNameWords(pattern: Compiled, name: string | undefined): boolean {
  if (pattern.nameWords === undefined) return true;
  const words = new Set(splitWords(name ?? ''));
  return pattern.nameWords.some((group) => group.every((word) => words.has(word)));
}

// a short password ("root") would show whole in its first 4 characters: show half of it at most
function masked(secret: string): string {
  const length = [...secret].length;
  return maskSecret(length > 8 ? secret : [...secret].slice(0, Math.max(1, Math.floor(length / 2))).join(''));
}

function result(kind: string, what: string, value: string, start: number, end: number): SecretMatch {
  return { kind, what, start, end, masked: masked(value.slice(start, end)) };
}

/** Builds a detector for the given options (defaults applied by the caller). */
export function secretDetector(options: NoHardcodedSecretsOptions): SecretDetector {
  const allowValues = options.allowValues.map((source) => new RegExp(source));
  const allowPaths = options.allowPaths.map((source) => new RegExp(source));
  const extra = options.extraPatterns.map((pattern) => ({
    ...compile({ id: pattern.id, what: capitalize(pattern.description), regex: new RegExp(pattern.pattern) }), configured: true,
  }));
  const patterns = [...BUILT_IN, ...extra];
  const allowed = (value: string): boolean => allowValues.some((regex) => testCapped(regex, value));

  // a value handed over as the credential is one even when it reads as a word (`"root"`)
  const standIn = (secret: string, site: SecretSite): boolean => (site.passed === true ? isStandIn(secret) : isPlaceholder(secret));

  const byFormat = (value: string, site: SecretSite): SecretMatch | undefined => {
    for (const pattern of patterns) {
      // configured patterns see a capped value; the built-in ones are linear (safety.test.ts)
      const match = pattern.regex.exec(pattern.configured ? capPatternInput(value) : value);
      if (match === null || !hasNameWords(pattern, site.name)) continue;
      const [start, end] = match.indices?.[pattern.secretGroup ?? 0] ?? [match.index, match.index + match[0].length];
      const secret = value.slice(start, end);
      if (pattern.validate?.(secret, match) === false || standIn(secret, site) || allowed(secret)) continue;
      return result(pattern.id, pattern.what, value, start, end);
    }
    return undefined;
  };

  const byName = (value: string, site: SecretSite & { readonly name: string }): SecretMatch | undefined => {
    const { name } = site;
    const strength = nameStrength(name);
    if (strength === undefined || value.length > MAX_NAMED_LENGTH) return undefined;
    const secret = stripAuthScheme(value).trim();
    const passed = site.passed === true && strength === 'strong';
    const notSecret = passed ? isNotACredential(secret) : isNotASecret(secret);
    if (standIn(secret, { ...site, passed }) || notSecret || spellsName(secret, name)) return undefined;
    if (isLookupKey(secret, name) || isUuidUnderPasswordName(secret, name)) return undefined;
    const minimum = passed ? MIN_PASSED_LENGTH : strength === 'strong' ? MIN_STRONG_LENGTH : MIN_GENERIC_LENGTH;
    if (secret.length < minimum || (strength === 'generic' && shannonEntropy(secret) < options.entropyThreshold)) return undefined;
    const start = value.indexOf(secret);
    return result('secret-name', `The value of \`${name}\``, value, start, start + secret.length);
  };

  return {
    inspect(value, site) {
      if (isTemplate(value) || allowed(value) || (site.name !== undefined && isChecksumName(site.name))) return undefined;
      const format = byFormat(value, site);
      if (format !== undefined) return format;
      // jwt.sign(payload, 'secret'): whatever the literal says, it is the key in use
      if (site.usage !== undefined) return result('secret-usage', `The key passed to \`${site.usage}\``, value, 0, value.length);
      // a translation catalog's "password" key holds the word for password, in some language
      const { name } = site;
      return name === undefined || isTranslationPath(site.path) ? undefined : byName(value, { ...site, name });
    },
    isSecretName: (name) => nameStrength(name) !== undefined,
    isAllowedPath: (path) => allowPaths.some((regex) => testCapped(regex, path)),
  };
}
