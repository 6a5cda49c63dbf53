import { defineRule } from '../define-rule.js';

/** Options of `jwt-requires-expiry`. */
export interface JwtRequiresExpiryOptions {
  reportUnverifiedDecode: boolean;
}
const defaults: JwtRequiresExpiryOptions = { reportUnverifiedDecode: false };

export default defineRule({
  id: 'jwt-requires-expiry',
  description: 'Require signed JWTs to expire and verification to check expiry and signature',
  rationale: 'A token without an expiry, or one verified without checking its expiry or signature, stays usable forever once leaked or can be forged; the standard is short-lived tokens whose signature and expiry are validated.',
  category: 'security', severity: 'error', precision: 'high', securitySeverity: 7.5,
  status: 'preview', since: '0.1.0',
  languages: ['javascript', 'typescript', 'python', 'go'],
  cwe: ['CWE-613', 'CWE-347'],
  tags: ['security', 'jwt', 'authentication'],
  roles: ['source'],
  presets: {},
  messages: {
    missingExpiry: 'JWT signed by {{call}} without an expiry, so it stays valid forever once leaked; {{fix}}.',
    expiryNotChecked: '{{option}} makes token verification accept expired tokens; remove it so that expiry is enforced.',
    signatureNotChecked: '{{call}} reads the token without checking its signature ({{option}}), so anyone can forge its claims; verify it with the key and an explicit list of algorithms.',
    noneAlgorithm: '{{where}} allows the "none" algorithm, i.e. unsigned tokens anyone can forge; sign and verify with a real algorithm (e.g. HS256, RS256, EdDSA).',
  },
  options: {
    defaults,
    schema: {
      type: 'object', additionalProperties: false, properties: {
        reportUnverifiedDecode: {
          type: 'boolean',
          description: 'Also report calls that only decode a token without verifying it (jsonwebtoken `decode`, jose `decodeJwt`, PyJWT `decode` without a key, golang-jwt `ParseUnverified`).',
        },
      },
    },
  },
});
