import { defineRule } from '../define-rule.js';

/** Options of `no-weak-password-hash`. */
export interface NoWeakPasswordHashOptions {
  extraPasswordWords: string[];
}
const defaults: NoWeakPasswordHashOptions = { extraPasswordWords: [] };

export default defineRule({
  id: 'no-weak-password-hash',
  description: 'Require passwords to be hashed with a slow, salted password hash',
  rationale: 'A password stored as an MD5 or SHA digest, or with a constant salt or few PBKDF2 iterations, is recovered by brute force within hours once the table leaks; the standard is bcrypt or Argon2.',
  category: 'security', severity: 'error', precision: 'high', securitySeverity: 7.5,
  status: 'preview', since: '0.1.0',
  languages: ['javascript', 'typescript', 'python', 'go'],
  cwe: ['CWE-916', 'CWE-328'],
  tags: ['security', 'passwords', 'cryptography'],
  roles: ['source', 'script'],
  presets: {},
  messages: {
    fastHash: 'Password `{{value}}` is hashed with {{algorithm}} ({{call}}), a fast digest that is cheap to brute-force; hash passwords with {{fix}}.',
    fewIterations: 'PBKDF2 with {{iterations}} iterations of {{digest}} ({{call}}) is below the OWASP minimum of {{minimum}}; raise the count to at least {{minimum}}, or use Argon2 or bcrypt.',
    constantSalt: '{{kind}} ({{call}}) is given a constant salt, so equal passwords get equal hashes; use a random salt per password (16 bytes from a CSPRNG) stored beside the hash.',
  },
  options: {
    defaults,
    schema: {
      type: 'object', additionalProperties: false, properties: {
        extraPasswordWords: {
          type: 'array', uniqueItems: true, items: { type: 'string', pattern: '^[a-z0-9]+$' },
          description: 'More lower-case words that mark a password-like value when they end its name (`secret`, `answer`).',
        },
      },
    },
  },
});
