// Fast digests of a password: one-step calls (`hashlib.md5(pw)`, `sha256.Sum256(pw)`), digests
// fed later (`h = hashlib.sha1(); h.update(pw)`, `h := md5.New(); h.Write(pw)`), Django's weak
// hashers; unless a slow hasher is beside them (a pre-hash, or a legacy check on the way to it) or
// the digest is a protocol's token.
import { DJANGO_MAKE_PASSWORD, type DigestCall, digestCallsNamed, fastDigest, HASH_CATALOG, isProtocolToken, SLOW_HASHER, SLOW_HASHER_BASE } from '@plumbline/core/password-hash';
import { type Report, spanOf, type SyntaxNode } from '../../check.js';
import { argumentAt, type CallSite, callLabel, callSiteAt } from '../../util/call-site.js';
import { stringValue } from '../../util/literals.js';
import { scopeOf, singleAssignment } from '../../util/local-writes.js';
import { passwordIn } from './password-value.js';

type Language = 'python' | 'go';
const CALL = { python: 'call', go: 'call_expression' } as const;

function algorithmOf(site: CallSite, digest: DigestCall, language: Language): string | undefined {
  if (digest.algorithm === 'name') return fastDigest(site.name);
  if (digest.algorithm === 'receiver') return fastDigest(site.receivers.at(-1) ?? '');
  const argument = argumentAt(site, digest.algorithm);
  const name = argument && stringValue(argument, language);
  return name === undefined ? undefined : fastDigest(name);
}

/** The digest a call computes, if the catalog knows it and it is fast. */
export function digestOfCall(site: CallSite, language: Language): { digest: DigestCall; algorithm: string } | undefined {
  for (const digest of digestCallsNamed(language, site.name, site.receivers.at(-1) ?? '')) {
    const algorithm = algorithmOf(site, digest, language);
    if (algorithm) return { digest, algorithm };
  }
  return undefined;
}

// the digest a feeder writes into: `hashlib.sha256()` itself, or `h` of `h = hashlib.sha256()`
function startedDigest(receiver: SyntaxNode | undefined, language: Language): { site: CallSite; algorithm: string } | undefined {
  const node = receiver?.type === 'identifier' ? singleAssignment(receiver, language) : receiver;
  const site = node?.type === CALL[language] ? callSiteAt(language, node) : undefined;
  const found = site && digestOfCall(site, language);
  return site && found ? { site, algorithm: found.algorithm } : undefined;
}

// A fast digest on the way to a slow hasher: nested in its call (`bcrypt.hashpw(b64encode(sha256(pw)…))`),
// assigned to a name the slow hasher reads (`pre = sha256(pw)…; hashpw(pre, …)`), or compared in a
// function that rehashes (`if md5(pw) == stored: … make_password(pw)`); or in a Django hasher class
// built on a slow one.
function besideSlowHasher(call: SyntaxNode, language: Language): boolean {
  if (inSlowHasherClass(call)) return true;
  const slow = scopeOf(call, language).descendantsOfType(CALL[language])
    .filter((each) => SLOW_HASHER.test(each.childForFieldName('function')?.text ?? ''));
  if (slow.length === 0) return false;
  if (slow.some((each) => each.startIndex <= call.startIndex && call.endIndex <= each.endIndex)) return true;
  const { target, compared } = useOf(call);
  return compared || (target !== undefined && slow.some((each) => each.descendantsOfType('identifier').some((name) => name.text === target)));
}

const ASSIGNMENTS = new Set(['assignment', 'short_var_declaration', 'assignment_statement']);
const COMPARISONS = new Set(['comparison_operator', 'binary_expression']);
const STATEMENTS = new Set(['expression_statement', 'block', 'statement_list', 'if_statement', 'return_statement']);

// the last name of an assignment's target: `token`, `FeverToken` of `integration.FeverToken`
function lastName(target: SyntaxNode | null | undefined): string | undefined {
  if (target?.type === 'identifier') return target.text;
  return (target?.childForFieldName('attribute') ?? target?.childForFieldName('field'))?.text;
}

// what the expression around a digest call does with it: the local it is assigned to (`target`),
// the last name of any target (`name`), or a comparison
function useOf(call: SyntaxNode): { target?: string; name?: string; compared: boolean } {
  for (let node = call.parent; node && !STATEMENTS.has(node.type); node = node.parent) {
    if (COMPARISONS.has(node.type) && /[=!]=/.test(node.child(1)?.text ?? '')) return { compared: true };
    if (!ASSIGNMENTS.has(node.type)) continue;
    const left = node.childForFieldName('left');
    const first = left?.type === 'expression_list' || left?.type === 'pattern_list' ? left.namedChild(0) : left;
    return { ...(first?.type === 'identifier' ? { target: first.text } : {}), name: lastName(first), compared: false };
  }
  return { compared: false };
}

function inSlowHasherClass(call: SyntaxNode): boolean {
  for (let node = call.parent; node; node = node.parent) {
    if (node.type !== 'class_definition') continue;
    if (node.childForFieldName('superclasses')?.namedChildren.some((base) => SLOW_HASHER_BASE.test(base.text))) return true;
  }
  return false;
}

function fastHashReport(site: CallSite, value: string, algorithm: string, label: string, language: Language): Report | undefined {
  if (isProtocolToken(useOf(site.call).name ?? '') || besideSlowHasher(site.call, language)) return undefined;
  return { at: spanOf(site.call), messageId: 'fastHash', data: { value, algorithm, call: label, fix: HASH_CATALOG[language].fix } };
}

/** A fast digest of a password at this call, in any of the three shapes. */
export function digestReport(site: CallSite, language: Language, extraWords: readonly string[]): Report | undefined {
  const first = site.positional[0];
  if (HASH_CATALOG[language].feeders.includes(site.name)) {
    const started = first && startedDigest(site.receiver, language);
    const value = started && passwordIn(first, language, extraWords);
    return value ? fastHashReport(site, value, started.algorithm, `${callLabel(started.site)}(…).${site.name}`, language) : undefined;
  }
  if (language === 'python' && site.name === DJANGO_MAKE_PASSWORD.name) return weakDjangoHasher(site, extraWords);
  const found = digestOfCall(site, language);
  const input = found?.digest.input && argumentAt(site, found.digest.input);
  const value = input && passwordIn(input, language, extraWords);
  return found && value ? fastHashReport(site, value, found.algorithm, callLabel(site), language) : undefined;
}

// make_password(password, hasher="md5")
function weakDjangoHasher(site: CallSite, extraWords: readonly string[]): Report | undefined {
  const hasher = argumentAt(site, DJANGO_MAKE_PASSWORD.hasher);
  const algorithm = DJANGO_MAKE_PASSWORD.weakHashers[(hasher && stringValue(hasher, 'python')) ?? ''];
  const password = argumentAt(site, DJANGO_MAKE_PASSWORD.password);
  if (!algorithm || !password) return undefined;
  const value = passwordIn(password, 'python', extraWords) ?? password.text.slice(0, 40);
  const data = { value, algorithm, call: `make_password(hasher="${hasher?.text.slice(1, -1) ?? ''}")`, fix: 'the default hasher (drop `hasher`) or "argon2"' };
  return { at: spanOf(site.call), messageId: 'fastHash', data };
}
