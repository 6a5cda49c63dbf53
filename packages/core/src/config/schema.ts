import type { JsonSchema, RuleMeta } from '../define-rule.js';
import { FILE_ROLES, ROLE_DESCRIPTIONS } from '../roles/types.js';
import { LANGUAGES } from '../types.js';

const SEVERITY = { enum: ['error', 'warning', 'note', 'off'] };
const CHECKED_ROLES = FILE_ROLES.filter((role) => role !== 'generated');
const ROLE_LIST = {
  type: 'array', uniqueItems: true, minItems: 1, items: { enum: CHECKED_ROLES },
  description: 'File roles the rule checks, instead of its default (generated files are never checked).',
};

function ruleSettingSchema(rule: RuleMeta): JsonSchema {
  return {
    description: `${rule.description}. Severity, or { "severity", "options", "roles" }.`,
    oneOf: [
      SEVERITY,
      {
        type: 'object', additionalProperties: false,
        properties: { severity: SEVERITY, options: rule.options.schema, roles: ROLE_LIST },
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
      roles: {
        type: 'object', additionalProperties: false,
        description: 'Globs that give files a role, over the built-in inference from path and content.',
        properties: Object.fromEntries(FILE_ROLES.map((role) => [role, { ...GLOBS, description: `Files that are ${ROLE_DESCRIPTIONS[role]}.` }])),
      },
      testFiles: { ...GLOBS, description: 'Deprecated: the same as roles.test.' },
      reportUnusedSuppressions: { type: 'boolean', description: 'Report plumbline-ignore comments (and eslint-disable comments naming Plumbline rules) that suppress nothing; default true.' },
    },
  };
}
