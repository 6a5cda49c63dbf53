import { defineRule } from '../define-rule.js';

/** Options of `parameterized-sql`. */
export interface ParameterizedSqlOptions {
  allowNonStringValues: boolean;
  extraSinks: string[];
  allowedTags: string[];
  reportIdentifiers: boolean;
  reportBuildSites: boolean;
}
const defaults: ParameterizedSqlOptions = {
  allowNonStringValues: true,
  extraSinks: [],
  allowedTags: ['sql', 'SQL', 'Prisma.sql'],
  reportIdentifiers: false,
  reportBuildSites: false,
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
  // recommended follows the judged real-code precision in docs/accuracy.md (>= 0.9, debatable as false, >= 30 judged over >= 2 repositories)
  presets: { strict: true },
  messages: {
    builtQuery: 'SQL passed to {{sink}} is built by {{how}}{{where}}; pass the values as bound parameters instead.',
    builtIdentifier: 'SQL passed to {{sink}} puts a name built by {{how}}{{where}} where SQL takes an identifier; identifiers cannot be bound: quote them (pgx.Identifier, psycopg sql.Identifier, quote_ident, knex ??) or check them against an allow-list.',
    builtAway: 'SQL text built by {{how}} here {{goes}}, where no call that runs it can be seen; build it with placeholders and pass the values as bound parameters where it is run.',
  },
  options: {
    defaults,
    schema: {
      type: 'object', additionalProperties: false, properties: {
        allowNonStringValues: {
          type: 'boolean',
          description: 'Accept values that are provably not strings (int(x), Number(x), strconv.Itoa(n)) in built SQL.',
        },
        reportIdentifiers: {
          type: 'boolean',
          description: 'Also report SQL whose only built parts are names (CREATE DATABASE %s, FROM "%s"), which cannot be bound.',
        },
        reportBuildSites: {
          type: 'boolean',
          description: 'Also report SQL text built by interpolation where it is built, when it leaves the function (returned, stored, passed on) and no call that runs it is visible.',
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
