// no-hardcoded-secrets for configuration files: every string value, named by its key.
import {
  type EffectiveRule, findRule, type Finding, formatMessage, type SecretDetector,
  secretDetector, type SourceFile,
} from '@plumbline/core';
import type { ConfigValue } from '../../document.js';

const detectors = new Map<string, SecretDetector>();

// Manifest sections whose keys are package names (`@medusajs/api-key`) and values version ranges.
const PACKAGE_SECTIONS: ReadonlySet<string> = new Set([
  'dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies',
  'resolutions', 'overrides', 'engines', 'require', 'require-dev', 'replace', 'conflict',
]);

// The name a value is known by; none for a package name in a manifest (formats are still checked).
function nameOf(entry: ConfigValue): string | undefined {
  const dot = entry.path.indexOf('.');
  return dot > 0 && PACKAGE_SECTIONS.has(entry.path.slice(0, dot)) ? undefined : entry.key;
}

// One detector per distinct options: a scan gives every file of a kind the same options.
function detectorFor(options: unknown): SecretDetector {
  const key = JSON.stringify(options);
  let detector = detectors.get(key);
  if (!detector) {
    detector = secretDetector(options as Parameters<typeof secretDetector>[0]);
    detectors.set(key, detector);
  }
  return detector;
}

const USER_KEY = /(?:^|[_.-])user(?:_?name)?$/i;
const parentOf = (path: string): string => path.slice(0, Math.max(path.lastIndexOf('.'), 0));

// Values of user keys by their parent path: `POSTGRES_PASSWORD: app` next to `POSTGRES_USER: app`
// is a local service's default login (as `postgres://app:app@db` is), not a secret.
function usersByParent(values: readonly ConfigValue[]): Map<string, Set<string>> {
  const users = new Map<string, Set<string>>();
  for (const entry of values) {
    if (!USER_KEY.test(entry.key) && !USER_KEY.test(entry.key.replace(/([a-z])([A-Z])/g, '$1_$2'))) continue;
    const parent = parentOf(entry.path);
    users.set(parent, (users.get(parent) ?? new Set()).add(entry.value));
  }
  return users;
}

/** Findings of no-hardcoded-secrets among a configuration file's values. */
export default function checkSecrets(values: readonly ConfigValue[], file: SourceFile, rule: EffectiveRule): Finding[] {
  const detector = detectorFor(rule.options);
  if (detector.isAllowedPath(file.relativePath)) return [];
  const template = findRule(rule.id)?.messages.hardcodedSecret ?? '{{what}} is hardcoded ("{{masked}}").';
  const findings: Finding[] = [];
  const users = usersByParent(values);
  for (const entry of values) {
    const name = nameOf(entry);
    const match = detector.inspect(entry.value, name === undefined ? { path: file.relativePath } : { path: file.relativePath, name });
    if (!match || (match.kind === 'secret-name' && users.get(parentOf(entry.path))?.has(entry.value))) continue;
    const start = entry.at(match.start);
    const end = entry.at(match.end);
    findings.push({
      ruleId: rule.id, messageId: 'hardcodedSecret', severity: rule.severity,
      message: formatMessage(template, { what: match.what, masked: match.masked }),
      location: { file: file.relativePath, startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
    });
  }
  return findings;
}
