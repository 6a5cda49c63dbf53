// Provider token formats, as data. Every example below is made up: real-shaped, never a real key.
// Patterns start after a character that cannot be part of the token (a lookbehind, not `\b`), so a
// long run of token characters is tried once, not once per position.

import type { SecretPattern } from './types.js';
import { CONNECTION_PATTERNS } from './connection-patterns.js';

export type { SecretPattern } from './types.js';

// letters and digits both, as every generated token has; rules out `sk-aaaaaaaa…` and words
const looksGenerated = (secret: string): boolean => /\d/.test(secret) && /[A-Za-z]/.test(secret);

// a JWT header is base64url of a JSON object with an "alg" member; atob throws only on what the test rules out
function jwtHeaderHasAlg(secret: string): boolean {
  const header = secret.slice(0, secret.indexOf('.')).replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+$/.test(header) || header.length % 4 === 1) return false;
  return /^\s*\{.*"alg"\s*:/s.test(atob(header.padEnd(Math.ceil(header.length / 4) * 4, '=')));
}

// sk-proj-…, sk-svcacct-…, sk-admin-…, the legacy sk-<20>T3BlbkFJ<20> and sk-<48 letters and digits>
function isOpenAiKey(secret: string): boolean {
  if (!looksGenerated(secret)) return false;
  if (['sk-proj-', 'sk-svcacct-', 'sk-admin-'].some((prefix) => secret.startsWith(prefix))) return true;
  return secret.includes('T3BlbkFJ') || (secret.length === 51 && !secret.slice(3).includes('-') && !secret.includes('_'));
}

/** Every built-in format, checked in this order (the first that matches wins). */
export const SECRET_PATTERNS: readonly SecretPattern[] = [
  {
    id: 'pem-private-key', what: 'A PEM private key',
    regex: /-----BEGIN[ A-Z0-9]{0,40} PRIVATE KEY(?: BLOCK)?-----(?:\s|\\[rn]){1,8}[A-Za-z0-9+/=]{40}/,
    example: '-----BEGIN RSA PRIVATE KEY-----\nn6kfaqDeMqG3omjMyXHCabM6JOF8EFd0Nhcy/1kGD2VD/eR1UYzaLiA/zNyD7CHL\n-----END RSA PRIVATE KEY-----',
    nearMisses: ['-----BEGIN PUBLIC KEY-----\nn6kfaqDeMqG3omjMyXHCabM6JOF8EFd0Nhcy/1kGD2VD/eR1UYzaLiA/zNyD7CHL', '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ', '-----BEGIN PRIVATE KEY-----'],
  },
  {
    id: 'aws-access-key-id', what: 'An AWS access key id',
    regex: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/,
    example: 'AKIAUJZDEGXDNCF32EPF', nearMisses: ['AKIAUJZDEGXDNCF32EP', 'XAKIAUJZDEGXDNCF32EPF', 'AKIAujzdegxdncf32epf'],
  },
  {
    id: 'aws-secret-access-key', what: 'An AWS secret access key',
    regex: /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/,
    nameWords: [['aws', 'secret'], ['secret', 'access'], ['aws', 'key']],
    validate: (secret) => looksGenerated(secret) && /[A-Z]/.test(secret) && /[a-z]/.test(secret),
    example: '2hpChYgCfrL1spNxnyVmihA+2O76UMFxFkM+R5Kj', nearMisses: ['2hpChYgCfrL1spNxnyVmihA+2O76UMFxFkM+R5K', '3f57fd14c1604d115cea325a65e19cba3f57fd14'],
  },
  {
    id: 'github-token', what: 'A GitHub token',
    regex: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/,
    example: 'ghp_hGAkWvj7FAc9QeWJKY40uvSwMFLZDe1f8rES',
    nearMisses: ['ghp_hGAkWvj7FAc9QeWJKY40uvSwMFLZDe1f8rE', 'ghx_hGAkWvj7FAc9QeWJKY40uvSwMFLZDe1f8rES', 'github_pat_short'],
  },
  {
    id: 'gitlab-token', what: 'A GitLab personal access token',
    regex: /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,50}(?![A-Za-z0-9_-])/,
    example: 'glpat-gnatmUdjAWtGSU8po_79', nearMisses: ['glpat-gnatmUdjAWtGSU8', 'xglpat-gnatmUdjAWtGSU8po_79'],
  },
  {
    id: 'slack-token', what: 'A Slack token',
    regex: /(?<![A-Za-z0-9_-])xox[abposr]-(?:\d{1,14}-){1,3}[A-Za-z0-9]{10,64}(?![A-Za-z0-9_-])/,
    example: 'xoxb-741215472803-8528084148525-XoIIXGvOoNZYW2mZp0zVZomH', nearMisses: ['xoxb-not-a-token', 'xoxz-741215472803-XoIIXGvOoNZYW2mZp0zVZomH'],
  },
  {
    id: 'slack-webhook', what: 'A Slack webhook URL',
    regex: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{8,12}\/[AB][A-Z0-9]{8,12}\/[A-Za-z0-9]{20,40}/,
    example: 'https://hooks.slack.com/services/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',
    nearMisses: ['https://hooks.slack.com/services/T00000000/B00000000/', 'https://api.slack.com/messaging/webhooks'],
  },
  {
    id: 'stripe-live-key', what: 'A Stripe live secret key',
    regex: /(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{20,247}(?![A-Za-z0-9_])/, validate: looksGenerated,
    example: 'sk_live_lBYOvfZ8UzDzV8fUkkibjL5D', nearMisses: ['sk_test_lBYOvfZ8UzDzV8fUkkibjL5D', 'pk_live_lBYOvfZ8UzDzV8fUkkibjL5D'],
  },
  {
    id: 'google-api-key', what: 'A Google API key',
    regex: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/,
    example: 'AIzaEPH1qhT61qtc4xatws8phP9nhFyJfm5di4P', nearMisses: ['AIzaEPH1qhT61qtc4xatws8phP9nhFyJfm5di4', 'AIzaEPH1qhT61qtc4xatws8phP9nhFyJfm5di4PQ'],
  },
  {
    id: 'sendgrid-api-key', what: 'A SendGrid API key',
    regex: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
    example: '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', nearMisses: ['SG.zJ59FHz5r1pY4OjE2jBMpt.UsGr7CmY', 'SG.ROOT.CONFIG'],
  },
  {
    id: 'twilio-api-key', what: 'A Twilio API key',
    regex: /(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])/,
    example: 'SK4fa2815d2802827283e0ad8417358156', nearMisses: ['SK4FA2815D2802827283E0AD8417358156', 'ASK4fa2815d2802827283e0ad8417358156'],
  },
  {
    id: 'npm-token', what: 'An npm access token',
    regex: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/, validate: looksGenerated,
    example: 'npm_7tOtHWnsCGRlrwZbqcabUGJmGEp7CgQ0PBQF', nearMisses: ['npm_config_registry', 'npm_package_dependencies_typescript_eslint_version'],
  },
  {
    id: 'pypi-token', what: 'A PyPI API token',
    regex: /(?<![A-Za-z0-9_-])pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}(?![A-Za-z0-9_-])/,
    example: 'pypi-AgEIcHlwaS5vcmcYNBDRzrZSgqbjG3uhkWKFLf6xuI5aHUQPFeNBTxaQWk8JzFalHlsZfYcMMDk', nearMisses: ['pypi-AgEIcHlwaS5vcmc', 'pypi-token'],
  },
  {
    id: 'anthropic-api-key', what: 'An Anthropic API key',
    regex: /(?<![A-Za-z0-9_-])sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])/,
    example: 'sk-ant-api03-oUD-_Ydua_5ZMs1SWOpQaPRYpzbLGViYXjU2JgJngKtFI3OyV2dZAkg05rK_gqv81RKMGHZEM9YpvujA-C5Q52ryFlwRlAA',
    nearMisses: ['sk-ant-api03-short', 'sk-ant-xyz'],
  },
  {
    id: 'openai-api-key', what: 'An OpenAI API key',
    regex: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])/,
    validate: isOpenAiKey,
    example: 'sk-proj-tXP-tKsf2rcDkdfrUnW5gcF_Ha6ili8GjHEAD6-Wj9KfzjsQGMrb9h_ImB_LK777',
    nearMisses: ['sk-Xh5Jmtf7EbsDe0G9CrynT3Blbk', 'sk-proj-short', 'sk-billing-service-queue-configuration-for-tenant-2024', 'sk-ant-api03-oUD-_Ydua_5ZMs1SWOpQaPRYpzbLGViYXjU2Jg'],
  },
  {
    id: 'jwt', what: 'A JSON Web Token',
    regex: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,4000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,1000}(?![A-Za-z0-9_-])/,
    validate: jwtHeaderHasAlg,
    example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfNDgyMSIsIm5hbWUiOiJEYW5hIFdoaXRmaWVsZCIsImlhdCI6MTcxNjQwMDAwMH0.OEVHzc0X0AWIRh-JUqBlIFXZ53Ncqe28_ajY75FnCtt',
    nearMisses: ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfNDgyMSJ9.', 'eyJub3RhbGciOjF9.eyJzdWIiOiJ1c3JfNDgyMSJ9.OEVHzc0X0AWIRh-JUqBlIFXZ53Nc'],
  },
  ...CONNECTION_PATTERNS,
];
