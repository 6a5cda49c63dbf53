// Password KDF calls (PBKDF2, scrypt, Argon2) with a constant salt or, for PBKDF2, an iteration
// count below OWASP's minimum for its digest. Only literals (or names assigned one once) count.
import { fastDigest, type KdfCall, pbkdf2Minimum } from '@plumbline/core/password-hash';
import { type Report, spanOf, type SyntaxNode } from '../../check.js';
import { argumentAt, type CallSite, callLabel, callSiteAt } from '../../util/call-site.js';
import { numberValue, stringValue } from '../../util/literals.js';

type Language = 'python' | 'go';

// 'sha256' (hashlib), hashes.SHA256() (cryptography), sha256.New (Go)
function digestOf(node: SyntaxNode | undefined, language: Language): string | undefined {
  if (!node) return undefined;
  const text = stringValue(node, language);
  if (text !== undefined) return fastDigest(text);
  if (node.type === 'call') return fastDigest(callSiteAt(language, node)?.name ?? '');
  if (node.type === 'selector_expression' && node.childForFieldName('field')?.text === 'New') return fastDigest(node.childForFieldName('operand')?.text ?? '');
  return undefined;
}

/** The form of a KDF call that fits its arguments: Go's two `pbkdf2.Key` differ in where the hash goes. */
export function kdfForm(site: CallSite, forms: readonly KdfCall[], language: Language): KdfCall | undefined {
  return forms.find((form) => !form.digest || digestOf(argumentAt(site, form.digest), language) !== undefined) ?? (forms.length === 1 ? forms[0] : undefined);
}

const count = (value: number): string => value.toLocaleString('en-US');

/** The findings of one KDF call: a constant salt, too few PBKDF2 iterations. */
export function kdfReports(site: CallSite, kdf: KdfCall, language: Language): Report[] {
  const reports: Report[] = [];
  const call = callLabel(site);
  const salt = argumentAt(site, kdf.salt);
  if (salt && stringValue(salt, language) !== undefined) {
    reports.push({ at: spanOf(site.call), messageId: 'constantSalt', data: { kind: kdf.kind, call } });
  }
  const iterations = kdf.iterations && argumentAt(site, kdf.iterations);
  const value = iterations ? numberValue(iterations, language) : undefined;
  const digest = kdf.digest && digestOf(argumentAt(site, kdf.digest), language);
  const minimum = pbkdf2Minimum(digest);
  if (value !== undefined && value < minimum) {
    const data = { iterations: count(value), digest: digest ?? 'any digest', minimum: count(minimum), call };
    reports.push({ at: spanOf(site.call), messageId: 'fewIterations', data });
  }
  return reports;
}
