import type { JsonSchema, RuleMeta } from '../define-rule.js';
import { LANGUAGES } from '../types.js';

const SEVERITY = { enum: ['error', 'warning', 'note', 'off'] };

function ruleSettingSchema(rule: RuleMeta): JsonSchema {
  return {
    description: `${rule.description}. Severity, or { "severity", "options" }.`,
    oneOf: [
      SEVERITY,
      {
        type: 'object', additionalProperties: false,
        properties: { severity: SEVERITY, options: rule.options.schema },
      },
    ],
  };
}

function ruleSettingsSchema(rules: readonly RuleMeta[]): JsonSchema {
  return {
    type: 'object', additionalProperties: false,
    properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSettingSchema(rule)])),
  };
}

const GLOBS = { type: 'array', items: { type: 'string', minLength: 1 } };

/** The JSON schema of plumbline.config.json for a catalog: unknown rules and options are errors. */
export function configSchema(rules: readonly RuleMeta[]): JsonSchema {
  const settings = ruleSettingsSchema(rules);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Plumbline configuration (plumbline.config.json)',
    type: 'object', additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      preset: { enum: ['recommended', 'strict', 'none'], description: 'Rule set to start from; default recommended.' },
      rules: { ...settings, description: 'Rule severities and options for every file.' },
      languages: {
        type: 'object', additionalProperties: false, description: 'Rule settings for one language.',
        properties: Object.fromEntries(LANGUAGES.map((language) => [language, {
          type: 'object', additionalProperties: false, properties: { rules: settings },
        }])),
      },
      overrides: {
        type: 'array', description: 'Rule settings for files matching globs; later entries win.',
        items: {
          type: 'object', additionalProperties: false, required: ['files', 'rules'],
          properties: { files: { ...GLOBS, minItems: 1 }, excludeFiles: GLOBS, rules: settings },
        },
      },
      ignore: { ...GLOBS, description: 'Gitignore-style patterns of paths not to scan.' },
      testFiles: { ...GLOBS, description: 'Globs of test files; replaces the built-in list.' },
      reportUnusedSuppressions: { type: 'boolean', description: 'Report plumbline-ignore comments that suppress nothing; default true.' },
    },
  };
}
