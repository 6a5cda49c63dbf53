// What part a file plays in a repository; rules declare which roles they check.

/** A file's role, inferred from its path and content (or configured with `roles` globs). */
export type FileRole = 'source' | 'test' | 'migration' | 'script' | 'generated' | 'dev-config';

/** Every role, in the order in which they are decided: the first that applies wins. */
export const FILE_ROLES: readonly FileRole[] = ['generated', 'test', 'migration', 'script', 'dev-config', 'source'];

/** What each role means, for docs, schema descriptions and `print-config`. */
export const ROLE_DESCRIPTIONS = {
  source: 'application code and its configuration',
  test: 'tests and test support: fixtures, mocks, testing helpers, testdata',
  migration: 'database migrations (Django, Alembic, knex, TypeORM, MikroORM, Sequelize, goose)',
  script: 'seed data and one-off tasks',
  generated: 'generated or vendored code and minified bundles; never reported',
  'dev-config': 'example and local-development configuration',
} satisfies Record<FileRole, string>;

/** A file's role and the evidence that decided it. */
export interface RoleDecision {
  readonly role: FileRole;
  /** Human-readable evidence, e.g. "path: test folder `tests/`" or "content: imports \"testing\"". */
  readonly reason: string;
}
