import type { RuleMeta } from '../define-rule.js';
import { docsUrl } from '../project.js';
import type { Severity } from '../types.js';
import type { SarifMessage, SarifRule } from './sarif-types.js';

// GitHub code scanning rejects a rule with more than 20 tags, and cuts names and
// descriptions at these lengths.
const MAX_TAGS = 20;
const MAX_NAME = 255;
const MAX_DESCRIPTION = 1024;

const PROBLEM_SEVERITY = { error: 'error', warning: 'warning', note: 'recommendation' } satisfies Record<Severity, string>;

/** A kebab-case rule id in PascalCase, the SARIF rule `name`: `max-file-lines` → `MaxFileLines`. */
export function pascalCase(id: string): string {
  return id.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The rule's tags, its category and its CWE tags (`external/cwe/cwe-89`), without duplicates. */
export function ruleTags(rule: RuleMeta): string[] {
  const cwe = rule.cwe.map((id) => `external/cwe/${id.toLowerCase()}`);
  return [...new Set([...(rule.tags ?? []), rule.category, ...cwe])].slice(0, MAX_TAGS);
}

// Docs pages open with HTML comments around their generated header; SARIF forbids HTML.
function cleanMarkdown(markdown: string): string {
  return markdown.replace(/<!--[\s\S]*?-->\n?/g, '').trim();
}

/** The help of a rule: its docs page when given, else its description, rationale and docs link. */
export function ruleHelp(rule: RuleMeta, markdown: string | undefined): SarifMessage {
  const page = markdown === undefined ? '' : cleanMarkdown(markdown);
  if (page) return { text: page, markdown: page };
  const url = docsUrl(rule.id);
  return {
    text: `${rule.description}.\n\n${rule.rationale}\n\nDocumentation: ${url}`,
    markdown: `${rule.description}.\n\n${rule.rationale}\n\n[Documentation](${url})`,
  };
}

/** A rule as a SARIF reporting descriptor for `tool.driver.rules`. */
export function toSarifRule(rule: RuleMeta, helpMarkdown?: string): SarifRule {
  const security = rule.securitySeverity;
  return {
    id: rule.id,
    name: truncate(pascalCase(rule.id), MAX_NAME),
    shortDescription: { text: truncate(rule.description, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(rule.rationale || rule.description, MAX_DESCRIPTION) },
    help: ruleHelp(rule, helpMarkdown),
    helpUri: docsUrl(rule.id),
    defaultConfiguration: { level: rule.severity },
    properties: {
      tags: ruleTags(rule),
      precision: rule.precision,
      'problem.severity': PROBLEM_SEVERITY[rule.severity],
      'security-severity': security === undefined ? undefined : security.toFixed(1),
    },
  };
}
