import { ConfigError, docsUrl, findRule } from '@plumbline/core';
import { absoluteLinks, readRuleDoc } from '../rule-docs.js';

/** The docs page of a rule, for `plumbline explain <rule-id>`; its relative links point at the docs online. */
export function explainRule(ruleId: string): string {
  const rule = findRule(ruleId);
  if (!rule) throw new ConfigError(`unknown rule "${ruleId}"; run \`plumbline rules\` for the list`);
  const doc = readRuleDoc(ruleId);
  return doc !== undefined ? absoluteLinks(doc) : `# ${rule.id}\n\n${rule.description}.\n\n${rule.rationale}\n\nDocs: ${docsUrl(rule.id)}\n`;
}
