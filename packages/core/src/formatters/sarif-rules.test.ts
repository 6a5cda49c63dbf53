import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog.js';
import { defineRule } from '../define-rule.js';
import type { RuleMeta } from '../define-rule.js';
import { pascalCase, ruleHelp, ruleTags, toSarifRule } from './sarif-rules.js';

// A security rule shaped like the planned parameterized-sql, to cover security-severity.
const sqlRule: RuleMeta = defineRule({
  id: 'parameterized-sql',
  description: 'Require SQL to be sent with bound parameters, not built from strings',
  rationale: 'SQL built from strings lets an attacker change the query.',
  category: 'security', severity: 'error', precision: 'high', status: 'stable', since: '0.1.0',
  languages: ['python'], cwe: ['CWE-89'], securitySeverity: 9.8, tags: ['sql', 'security'],
  roles: ['source'], presets: { recommended: true }, messages: { concatenatedQuery: 'Query built by string concatenation.' },
  options: { defaults: {}, schema: { type: 'object' } },
});

const maxFileLines = catalog.find((rule) => rule.id === 'max-file-lines');
if (!maxFileLines) throw new Error('catalog lost max-file-lines');

describe('toSarifRule', () => {
  it('maps catalog metadata onto a reporting descriptor', () => {
    expect(toSarifRule(maxFileLines)).toMatchObject({
      id: 'max-file-lines',
      name: 'MaxFileLines',
      shortDescription: { text: maxFileLines.description },
      fullDescription: { text: maxFileLines.rationale },
      helpUri: 'https://github.com/plumbline-dev/plumbline/blob/main/docs/rules/max-file-lines.md',
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['size', 'maintainability', 'external/cwe/cwe-1080'], precision: 'very-high', 'problem.severity': 'warning' },
    });
    expect(toSarifRule(maxFileLines).properties['security-severity']).toBeUndefined();
  });

  it('gives security rules a security-severity string and the security tag once', () => {
    const rule = toSarifRule(sqlRule);
    expect(rule.properties['security-severity']).toBe('9.8');
    expect(rule.properties.tags).toEqual(['sql', 'security', 'external/cwe/cwe-89']);
    expect(rule.defaultConfiguration.level).toBe('error');
  });

  it('maps note severity to the recommendation problem severity', () => {
    const note = defineRule({ ...sqlRule, severity: 'note', securitySeverity: 5 });
    expect(toSarifRule(note).properties).toMatchObject({ 'problem.severity': 'recommendation', 'security-severity': '5.0' });
  });
});

describe('ruleHelp', () => {
  it('uses the docs page without its HTML comments', () => {
    const page = '# max-file-lines\n\n<!-- begin generated header -->\nLimit lines.\n<!-- end generated header -->\n\n## What it does\n';
    const help = ruleHelp(maxFileLines, page);
    expect(help.markdown).toBe('# max-file-lines\n\nLimit lines.\n\n## What it does');
    expect(help.text).toBe(help.markdown);
  });

  it('falls back to the description, rationale and docs link', () => {
    const help = ruleHelp(maxFileLines, undefined);
    expect(help.text).toContain(`${maxFileLines.description}.`);
    expect(help.text).toContain('Documentation: https://github.com/plumbline-dev/plumbline/blob/main/docs/rules/max-file-lines.md');
    expect(help.markdown).toContain('[Documentation](https://github.com/plumbline-dev/plumbline/blob/main/docs/rules/max-file-lines.md)');
    expect(ruleHelp(maxFileLines, '  <!-- only a comment -->  ').text).toBe(help.text);
  });
});

describe('ruleTags', () => {
  it('keeps at most 20 tags, the rule tags first', () => {
    const tags = Array.from({ length: 25 }, (_, index) => `tag-${index}`);
    expect(ruleTags({ ...maxFileLines, tags })).toEqual(tags.slice(0, 20));
  });
});

describe('pascalCase', () => {
  it('turns kebab-case ids into PascalCase names', () => {
    expect(pascalCase('no-hardcoded-secrets')).toBe('NoHardcodedSecrets');
    expect(pascalCase('parameterized-sql')).toBe('ParameterizedSql');
  });
});
