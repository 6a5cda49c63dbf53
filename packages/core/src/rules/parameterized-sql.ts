import { defineRule } from '../define-rule.js';

/** Options of `parameterized-sql`. */
export interface ParameterizedSqlOptions {
  allowNonStringValues: boolean;
  extraSinks: string[];
  allowedTags: string[];
}
const defaults: ParameterizedSqlOptions = {
  allowNonStringValues: false,
  extraSinks: [],
  allowedTags: ['sql', 'SQL', 'Prisma.sql'],
};

export default defineRule({
  id: 'parameterized-sql',
  description: 'Require SQL to be sent with bound parameters, not built from strings',
  rationale: 'SQL built by concatenation, interpolation or formatting lets data change the statement (SQL injection); the standard is parameterized queries.',
  category: 'security', severity: 'error', precision: 'high', securitySeverity: 9.8,
  status: 'stable', since: '0.1.0',
  languages: ['javascript', 'typescript', 'python', 'go'],
  cwe: ['CWE-89'],
  tags: ['security', 'sql', 'injection'],
  roles: ['source'],
  presets: { recommended: true, strict: true },
  messages: {
    builtQuery: 'SQL passed to {{sink}} is built by {{how}}{{where}}; pass the values as bound parameters instead.',
  },
  options: {
    defaults,
    schema: {
      type: 'object', additionalProperties: false, properties: {
        allowNonStringValues: {
          type: 'boolean',
          description: 'Accept values that are provably not strings (int(x), Number(x), strconv.Itoa(n)) in built SQL.',
        },
        extraSinks: {
          type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 },
          description: 'More functions or methods whose first argument is SQL, as `name` or `receiver.name`.',
        },
        allowedTags: {
          type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 },
          description: 'Template tags (JS/TS) that turn ${} into bound parameters, as `tag` or `object.tag`.',
        },
      },
    },
  },
});
