// What each literal is bound to, from the captures of the query's patterns: a literal matched
// by several patterns (any string, and `password = "…"`) keeps the most telling site.
import { nameStrength, splitWords, type SecretSite } from '@plumbline/core';
import type { Match, SyntaxNode } from '../../check.js';
import { calleeLabel, isCallee, takesAt, type KeyCall, type SettingCall } from './calls.js';
import { tupleName } from './tuples.js';

/** The site of a literal, without the file's path. */
export type Site = Omit<SecretSite, 'path'>;

/** A literal to check, and what it is bound to. */
export interface Candidate {
  readonly node: SyntaxNode;
  readonly site: Site;
}

/** The catalogs and literal reading of one language. */
export interface SiteRules {
  readonly keyCalls: readonly KeyCall[];
  readonly settingCalls: readonly SettingCall[];
  readonly keyfuncCalls: readonly string[];
  /** Calls taking a connection string, whose inline password is passed as one. */
  readonly dsnCalls: readonly KeyCall[];
  /** The constant text of a string node used as a name (`"SECRET_KEY"`), if it is one. */
  readonly nameOf: (node: SyntaxNode) => string | undefined;
}

// jwt.encode(payload, "…"), jwt.decode(t, key="…"), os.getenv("API_KEY", "…"), connect(password="…")
function callSite(match: Match, rules: SiteRules, call: SyntaxNode): Site {
  const callee = call.text;
  const keyword = match._keyword?.text;
  const position = match._arg0 ? 1 : 0;
  // the keyword names the key for formats that need a name (an AWS secret access key)
  if (takesAt(rules.keyCalls, callee, keyword, position)) return { usage: calleeLabel(callee), ...(keyword === undefined ? {} : { name: keyword }) };
  // a fallback is a default for development, not handed over: its name is the setting's
  if (takesAt(rules.settingCalls, callee, keyword, position)) return match._arg0 ? { name: rules.nameOf(match._arg0), passed: false } : {};
  if (takesAt(rules.dsnCalls, callee, keyword, position)) return { passed: true };
  return keyword === undefined ? {} : { name: keyword, passed: true };
}

// `var jwtKey = []byte("…")`, `Config{SigningKey: []byte("…")}`: bytes under a key or secret
// name are the key itself, whatever they say; a label or a lookup key is never converted to bytes
function bytesKey(match: Match, site: Site): Site {
  const name = site.name;
  if (!match._bytes?.text.startsWith('[]byte(') || name === undefined || site.usage !== undefined) return site;
  const keyMaterial = nameStrength(name) === 'strong' || splitWords(name).at(-1) === 'secret';
  return keyMaterial ? { ...site, usage: name } : site;
}

/** The site a match gives its @finding (or its @_ref, a name passed where a literal would be). */
export function siteOf(match: Match, rules: SiteRules): Site {
  return bytesKey(match, boundSite(match, rules));
}

function boundSite(match: Match, rules: SiteRules): Site {
  if (match._call) return callSite(match, rules, match._call);
  if (match._setting) return { usage: match._setting.text };
  if (match._keyfunc) {
    const callee = match._keyfunc.text;
    return rules.keyfuncCalls.some((name) => isCallee(callee, name)) ? { usage: calleeLabel(callee) } : {};
  }
  if (match._var) return { name: match._var.text };
  if (match._name) return { name: match._name.text };
  if (match._key) return { name: rules.nameOf(match._key) };
  // handed over: a keyword argument, a parameter default, a comparison
  if (match._passed_name) return { name: match._passed_name.text, passed: true };
  if (match._passed_key) return { name: rules.nameOf(match._passed_key), passed: true };
  if (match._tuple && match.finding) return { name: tupleName(match.finding) };
  return {};
}

// a key use, a setting's fallback, a name handed over, a name, a nameless connection string, nothing
function rank(site: Site): number {
  if (site.usage !== undefined) return 5;
  if (site.name === undefined) return site.passed === true ? 1 : 0;
  return site.passed === false ? 4 : site.passed ? 3 : 2;
}

// names given to a key call (`jwt.encode(p, SECRET)`), with the call's label
function keyReferences(matches: readonly Match[], rules: SiteRules): Map<string, string> {
  const refs = new Map<string, string>();
  for (const match of matches) {
    const usage = match._ref && siteOf(match, rules).usage;
    if (match._ref && usage !== undefined) refs.set(match._ref.text, usage);
  }
  return refs;
}

/** One candidate per literal, in file order, with its most telling site; parts of a concatenation are left out. */
export function candidates(matches: readonly Match[], rules: SiteRules): Candidate[] {
  // by start and end: a concatenation starts where its first part does
  const parts = new Set<string>();
  const byStart = new Map<string, Candidate>();
  // a variable or constant of the file given to a key call: its literal is the key
  const refs = keyReferences(matches, rules);
  for (const match of matches) {
    if (match._part) parts.add(`${match._part.startIndex}:${match._part.endIndex}`);
    const node = match.finding;
    if (!node || match._ref) continue;
    const bound = siteOf(match, rules);
    const usage = match._var ? refs.get(match._var.text) : undefined;
    const site = usage === undefined ? bound : { ...bound, usage };
    const key = `${node.startIndex}:${node.endIndex}`;
    const known = byStart.get(key);
    if (!known || rank(site) > rank(known.site)) byStart.set(key, { node, site });
  }
  return [...byStart.entries()].filter(([key]) => !parts.has(key)).map(([, candidate]) => candidate)
    .sort((a, b) => a.node.startIndex - b.node.startIndex);
}
