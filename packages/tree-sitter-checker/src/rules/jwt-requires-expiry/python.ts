// jwt-requires-expiry for Python: PyJWT and python-jose `encode` without "exp" in a visible payload,
// `decode` with checks turned off or "none" allowed, and (an option) decode-only calls.
import type { JwtRequiresExpiryOptions } from '@plumbline/core/rules/jwt-requires-expiry';
import { isExpiryClaim, isNoneAlgorithm, PYTHON_JWT } from '@plumbline/core/jwt-apis';
import { type Measure, type Report, spanOf, type SyntaxNode } from '../../check.js';
import { argumentAt, type CallSite, callLabel, callSiteOf } from '../../util/call-site.js';
import { stringValue } from '../../util/literals.js';
import { occurrencesInScope, singleAssignment } from '../../util/local-writes.js';
import { type PythonImports, pythonImports } from '../../util/python-imports.js';
import { pushAll } from '@plumbline/core/limits';

const MODULES: ReadonlySet<string> = new Set(PYTHON_JWT.modules.map((each) => each.module));
const NAMES: ReadonlySet<string> = new Set([PYTHON_JWT.encode.name, PYTHON_JWT.decode.name, ...PYTHON_JWT.decodeOnly]);
const short = (node: SyntaxNode): string => (node.text.length > 60 ? `${node.text.slice(0, 57)}…` : node.text);

// {"sub": …} → whether it has an expiry; undefined when it cannot be known (a splat, a name built elsewhere)
function payloadHasExpiry(node: SyntaxNode | undefined): boolean | undefined {
  let value = node;
  if (value?.type === 'identifier' && occurrencesInScope(value, 'python') === 2) value = singleAssignment(value, 'python');
  if (value?.type !== 'dictionary' || value.namedChildren.some((child) => child.type === 'dictionary_splat')) return undefined;
  return value.namedChildren.some((pair) => {
    const key = pair.childForFieldName('key');
    return key !== null && isExpiryClaim(stringValue(key, 'python') ?? '');
  });
}

function encodeReports(site: CallSite): Report[] {
  const { payload, algorithm } = PYTHON_JWT.encode;
  const reports: Report[] = [];
  const alg = argumentAt(site, { index: 2, keyword: algorithm });
  if (alg && isNoneAlgorithm(stringValue(alg, 'python') ?? '')) reports.push({ at: spanOf(alg), messageId: 'noneAlgorithm', data: { where: short(alg.parent ?? alg) } });
  const claims = argumentAt(site, { index: payload.index }) ?? payload.keywords.map((keyword) => site.keywords.get(keyword)).find(Boolean);
  if (payloadHasExpiry(claims) === false) reports.push({ at: spanOf(site.call), messageId: 'missingExpiry', data: { call: callLabel(site), fix: PYTHON_JWT.fix } });
  return reports;
}

// options={"verify_exp": False, "verify_signature": False}: each key set to False
function disabledOptions(options: SyntaxNode | undefined): { key: string; pair: SyntaxNode }[] {
  if (options?.type !== 'dictionary') return [];
  return options.namedChildren.filter((pair) => pair.type === 'pair' && pair.childForFieldName('value')?.type === 'false')
    .map((pair) => ({ key: stringValue(pair.childForFieldName('key') ?? pair, 'python') ?? '', pair }));
}

function decodeReports(site: CallSite, options: JwtRequiresExpiryOptions): Report[] {
  const { key, algorithms, legacyVerify } = PYTHON_JWT.decode;
  const reports: Report[] = [];
  const call = callLabel(site);
  const hasKey = argumentAt(site, key) !== undefined;
  const legacy = site.keywords.get(legacyVerify);
  const skips = [...disabledOptions(site.keywords.get(PYTHON_JWT.decode.options)), ...(legacy?.type === 'false' ? [{ key: 'verify_signature', pair: legacy.parent ?? legacy }] : [])];
  for (const { key: option, pair } of skips) {
    if ((PYTHON_JWT.expiryOptions as readonly string[]).includes(option)) reports.push({ at: spanOf(pair), messageId: 'expiryNotChecked', data: { option: short(pair) } });
    const unverified = (PYTHON_JWT.signatureOptions as readonly string[]).includes(option) || pair.type === 'keyword_argument';
    if (unverified && (hasKey || options.reportUnverifiedDecode)) reports.push({ at: spanOf(pair), messageId: 'signatureNotChecked', data: { call, option: short(pair) } });
  }
  const list = site.keywords.get(algorithms);
  const none = list?.type === 'list' ? list.namedChildren.find((item) => isNoneAlgorithm(stringValue(item, 'python') ?? '')) : undefined;
  if (none && list) reports.push({ at: spanOf(none), messageId: 'noneAlgorithm', data: { where: `algorithms=${short(list)}` } });
  return reports;
}

// The imports of the whole file a node is in, at any depth (an import inside a function too).
function fileImports(node: SyntaxNode): PythonImports {
  let root = node;
  while (root.parent) root = root.parent;
  return pythonImports(root.descendantsOfType(['import_statement', 'import_from_statement']));
}

/** Finds JWTs signed without an expiry and verification with its checks turned off, for PyJWT and python-jose. */
export const measurePython: Measure<JwtRequiresExpiryOptions> = (matches, _file, options) => {
  const reports: Report[] = [];
  let imports: PythonImports | undefined;
  for (const { finding } of matches) {
    const site = finding && NAMES.has(finding.text) ? callSiteOf('python', finding) : undefined;
    if (!site) continue;
    imports ??= fileImports(site.call);
    const [root, ...rest] = site.receivers;
    const path = root === undefined ? imports.get(site.name)?.replace(/\.[^.]+$/, '') : [imports.get(root), ...rest].join('.');
    if (path === undefined || !MODULES.has(path)) continue;
    if (site.name === PYTHON_JWT.encode.name) pushAll(reports, encodeReports(site));
    else if (site.name === PYTHON_JWT.decode.name) pushAll(reports, decodeReports(site, options));
    else if (options.reportUnverifiedDecode) reports.push({ at: spanOf(site.call), messageId: 'signatureNotChecked', data: { call: callLabel(site), option: 'it only decodes' } });
  }
  return reports;
};
