// jwt-requires-expiry for Go: golang-jwt (and dgrijalva/jwt-go) `NewWithClaims` without an expiry
// in visible claims, unsigned tokens, parsers that skip claim validation, and (an option) `ParseUnverified`.
import type { JwtRequiresExpiryOptions } from '@plumbline/core/rules/jwt-requires-expiry';
import { GO_JWT, isGoJwtModule, isNoneAlgorithm } from '@plumbline/core/jwt-apis';
import { type Measure, type Report, spanOf, type SyntaxNode } from '../../check.js';
import { argumentAt, type CallSite, callLabel, callSiteOf } from '../../util/call-site.js';
import { stringValue } from '../../util/literals.js';
import { claimsHaveExpiry } from './go-claims.js';
import { pushAll } from '@plumbline/core/limits';

const SKIP_CALLS: readonly string[] = GO_JWT.skipValidationCalls;
const DECODE_ONLY: readonly string[] = GO_JWT.decodeOnly;

/** The names the file's golang-jwt imports go by (`jwt`, or an alias). */
function jwtPackages(anyNode: SyntaxNode): ReadonlySet<string> {
  let root = anyNode;
  while (root.parent) root = root.parent;
  const names = new Set<string>();
  for (const spec of root.descendantsOfType('import_spec')) {
    const path = spec.childForFieldName('path');
    if (path && isGoJwtModule(stringValue(path, 'go') ?? '')) names.add(spec.childForFieldName('name')?.text ?? 'jwt');
  }
  return names;
}

const isPackageName = (node: SyntaxNode | undefined, packages: ReadonlySet<string>, name: string): boolean =>
  node?.type === 'selector_expression' && packages.has(node.childForFieldName('operand')?.text ?? '') && node.childForFieldName('field')?.text === name;

function signReports(site: CallSite, packages: ReadonlySet<string>): Report[] {
  const reports: Report[] = [];
  const method = argumentAt(site, { index: GO_JWT.sign.method });
  if (isPackageName(method, packages, GO_JWT.noneMethod) && method) reports.push({ at: spanOf(method), messageId: 'noneAlgorithm', data: { where: method.text } });
  if (claimsHaveExpiry(argumentAt(site, { index: GO_JWT.sign.claims }), packages) === false) {
    reports.push({ at: spanOf(site.call), messageId: 'missingExpiry', data: { call: callLabel(site), fix: GO_JWT.fix } });
  }
  return reports;
}

function callReports(site: CallSite, packages: ReadonlySet<string>, options: JwtRequiresExpiryOptions): Report[] {
  const onJwt = site.receivers.length === 1 && packages.has(site.receivers[0] ?? '');
  if (onJwt && (GO_JWT.sign.names as readonly string[]).includes(site.name)) return signReports(site, packages);
  if (onJwt && SKIP_CALLS.includes(site.name)) return [{ at: spanOf(site.call), messageId: 'expiryNotChecked', data: { option: `${callLabel(site)}()` } }];
  if (onJwt && site.name === GO_JWT.validMethods) {
    const none = site.positional[0]?.descendantsOfType('interpreted_string_literal').find((item) => isNoneAlgorithm(stringValue(item, 'go') ?? ''));
    return none ? [{ at: spanOf(none), messageId: 'noneAlgorithm', data: { where: `${callLabel(site)}(…)` } }] : [];
  }
  if (options.reportUnverifiedDecode && DECODE_ONLY.includes(site.name)) {
    return [{ at: spanOf(site.call), messageId: 'signatureNotChecked', data: { call: site.name, option: 'it only decodes' } }];
  }
  return [];
}

// jwt.UnsafeAllowNoneSignatureType anywhere; jwt.Parser{SkipClaimsValidation: true}
function nameReport(name: SyntaxNode, packages: ReadonlySet<string>): Report | undefined {
  if (name.text === GO_JWT.noneKey && name.parent && isPackageName(name.parent, packages, GO_JWT.noneKey)) {
    return { at: spanOf(name.parent), messageId: 'noneAlgorithm', data: { where: name.parent.text } };
  }
  const element = name.parent?.parent;
  if (name.text === GO_JWT.skipValidationField && element?.type === 'keyed_element') {
    return { at: spanOf(element), messageId: 'expiryNotChecked', data: { option: element.text } };
  }
  return undefined;
}

/** Finds JWTs signed without an expiry, unsigned tokens and verification with its checks turned off, for golang-jwt. */
export const measureGo: Measure<JwtRequiresExpiryOptions> = (matches, _file, options) => {
  const reports: Report[] = [];
  let packages: ReadonlySet<string> | undefined;
  for (const { finding } of matches) {
    if (!finding) continue;
    packages ??= jwtPackages(finding);
    if (packages.size === 0) return [];
    const site = finding.parent?.type === 'call_expression' || finding.parent?.parent?.type === 'call_expression' ? callSiteOf('go', finding) : undefined;
    if (site) pushAll(reports, callReports(site, packages, options));
    const named = site ? undefined : nameReport(finding, packages);
    if (named) reports.push(named);
  }
  return reports;
};
