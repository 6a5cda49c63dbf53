// What each literal is bound to, from the captures of the query's patterns: a literal matched
// by several patterns (any string, and `password = "…"`) keeps the most telling site.
import type { SecretSite } from '@plumbline/core';
import type { Match, SyntaxNode } from '../../check.js';
import { calleeLabel, findCall, isCallee, type KeyCall, type SettingCall } from './calls.js';

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
  /** The constant text of a string node used as a name (`"SECRET_KEY"`), if it is one. */
  readonly nameOf: (node: SyntaxNode) => string | undefined;
}

// jwt.encode(payload, "…"), jwt.decode(t, key="…"), os.getenv("API_KEY", "…"), connect(password="…")
function callSite(match: Match, rules: SiteRules, call: SyntaxNode): Site {
  const callee = call.text;
  const keyword = match._keyword?.text;
  const position = match._arg0 ? 1 : 0;
  const key = findCall(rules.keyCalls, callee);
  if (key && (keyword === undefined ? key.position === position : key.keyword === keyword)) return { usage: calleeLabel(callee) };
  const setting = findCall(rules.settingCalls, callee);
  const isSetting = setting && (keyword === undefined ? setting.position === position : setting.keyword === keyword);
  if (isSetting) return match._arg0 ? { name: rules.nameOf(match._arg0) } : {};
  return keyword === undefined ? {} : { name: keyword };
}

/** The site a match gives its @finding. */
export function siteOf(match: Match, rules: SiteRules): Site {
  if (match._call) return callSite(match, rules, match._call);
  if (match._setting) return { usage: match._setting.text };
  if (match._keyfunc) {
    const callee = match._keyfunc.text;
    return rules.keyfuncCalls.some((name) => isCallee(callee, name)) ? { usage: calleeLabel(callee) } : {};
  }
  if (match._name) return { name: match._name.text };
  if (match._key) return { name: rules.nameOf(match._key) };
  return {};
}

const rank = (site: Site): number => (site.usage !== undefined ? 2 : site.name !== undefined ? 1 : 0);

/** One candidate per literal, in file order, with its most telling site; parts of a concatenation are left out. */
export function candidates(matches: readonly Match[], rules: SiteRules): Candidate[] {
  // by start and end: a concatenation starts where its first part does
  const parts = new Set<string>();
  const byStart = new Map<string, Candidate>();
  for (const match of matches) {
    if (match._part) parts.add(`${match._part.startIndex}:${match._part.endIndex}`);
    const node = match.finding;
    if (!node) continue;
    const site = siteOf(match, rules);
    const key = `${node.startIndex}:${node.endIndex}`;
    const known = byStart.get(key);
    if (!known || rank(site) > rank(known.site)) byStart.set(key, { node, site });
  }
  return [...byStart.entries()].filter(([key]) => !parts.has(key)).map(([, candidate]) => candidate)
    .sort((a, b) => a.node.startIndex - b.node.startIndex);
}
