import { defineRule } from '../define-rule.js';

/** A user-defined secret format. */
export interface ExtraSecretPattern {
  /** Kebab-case id, shown in messages (`acme-api-key`). */
  id: string;
  /** What the value is, for the message (`Acme API key`). */
  description: string;
  /** JavaScript regular expression source matched against every string value. */
  pattern: string;
}

/** Options of `no-hardcoded-secrets`. */
export interface NoHardcodedSecretsOptions {
  extraPatterns: ExtraSecretPattern[];
  allowValues: string[];
  allowPaths: string[];
  entropyThreshold: number;
  /** JavaScript/TypeScript: also report literal keys given to ciphers (`createCipheriv`, crypto-js `AES.encrypt`, `importKey('raw', …)`). */
  reportEncryptionKeys?: boolean;
}
const defaults: NoHardcodedSecretsOptions = { extraPatterns: [], allowValues: [], allowPaths: [], entropyThreshold: 3, reportEncryptionKeys: false };

const REGEXES = { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1, format: 'regex' } };

export default defineRule({
  id: 'no-hardcoded-secrets',
  description: 'Disallow credentials written into source code and configuration files',
  rationale: 'A secret in the repository is readable by everyone with access to it and its history, and cannot be rotated without a change; the standard is to load secrets from the environment or a secret manager.',
  category: 'security', severity: 'error', precision: 'high', securitySeverity: 7.5,
  status: 'preview', since: '0.1.0',
  languages: ['javascript', 'typescript', 'python', 'go', 'dotenv', 'yaml', 'json', 'toml', 'ini', 'properties'],
  cwe: ['CWE-798'],
  tags: ['security', 'secrets', 'credentials'],
  roles: ['source', 'script', 'migration'],
  presets: {},
  messages: {
    hardcodedSecret: '{{what}} is hardcoded ("{{masked}}"); load it from the environment or a secret manager instead.',
  },
  options: {
    defaults,
    schema: {
      type: 'object', additionalProperties: false, properties: {
        extraPatterns: {
          type: 'array', uniqueItems: true,
          items: {
            type: 'object', additionalProperties: false, required: ['id', 'description', 'pattern'],
            properties: {
              id: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' },
              description: { type: 'string', minLength: 1 },
              pattern: { type: 'string', minLength: 1, format: 'regex' },
            },
          },
          description: 'More secret formats, reported wherever a string value matches them.',
        },
        allowValues: { ...REGEXES, description: 'Regular expressions; a value matching one is never reported (known test keys, public ids).' },
        allowPaths: { ...REGEXES, description: 'Regular expressions on the repository-relative path; files matching one are not checked.' },
        entropyThreshold: {
          type: 'number', minimum: 0, maximum: 8,
          description: 'Minimum Shannon entropy (bits per character) for a value of a generic secret name (`token`, `key`) to be reported.',
        },
        reportEncryptionKeys: {
          type: 'boolean',
          description: 'JavaScript/TypeScript: also report a literal key given to a cipher (`createCipheriv`, crypto-js `AES.encrypt`/`decrypt`, Web Crypto `importKey(\'raw\', …)`), whatever it says.',
        },
      },
    },
  },
});
