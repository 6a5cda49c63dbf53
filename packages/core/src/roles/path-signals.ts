// What a repository-relative path says about a file's role: folder names and file names, as
// data. Matching is on lower-cased path segments, so `Tests/`, `__Fixtures__/` count too.
import type { FileRole } from './types.js';

/** One path rule: folders anywhere in the path, or a file-name pattern, and why it decides. */
export interface PathSignal {
  readonly role: FileRole;
  readonly folders?: readonly string[];
  /** A folder name pattern, e.g. `*-tests` folders such as `persistence-tests/`. */
  readonly folderPattern?: RegExp;
  readonly file?: RegExp;
  /** A pattern of the whole lower-cased path, for names that decide only in a certain folder. */
  readonly path?: RegExp;
  readonly why: string;
}

/** In order: the first signal that matches decides. */
export const PATH_SIGNALS: readonly PathSignal[] = [
  { role: 'generated', file: /\.min\.[cm]?js$|\.pb\.go$|\.pb\.gw\.go$|_gen\.go$|_generated\.\w+$|\.generated\.\w+$|^zz_generated[\w.-]*\.go$|_pb2(?:_grpc)?\.py$/, why: 'generated-code file name' },
  { role: 'generated', folders: ['__generated__', 'generated', 'node_modules', 'vendor', 'vendors', 'third_party', 'third-party', 'bower_components'], why: 'generated or vendored folder' },
  // a copied library: `public/plugins/codemirror-5.17.0/`, `static/js/jquery-3.6.0/`
  { role: 'generated', folderPattern: /^[a-z][\w.]*[-_]v?\d+\.\d+(?:\.\d+)?(?:[-.][\w.]+)?$/, why: 'vendored library folder (name-version)' },
  { role: 'generated', path: /(?:^|\/)(?:public|static|assets|web|www|wwwroot|resources)\/(?:[\w.-]+\/)*(?:libs?|plugins|external|third[-_]party)\//, why: 'vendored web assets folder' },
  { role: 'test', file: /_test\.go$|_tests\.go$|^test_[\w-]*\.(?:py|go)$|_tests?\.py$|^tests?\.py$|^conftest\.py$|\.(?:test|spec|e2e|e2e-spec|cy)\.[cm]?[jt]sx?$|^(?:mock|mocks|fake|fakes)_[\w-]*\.go$|_(?:mock|mocks|fake|fakes)\.go$/, why: 'test file name' },
  { role: 'test', folders: ['test', 'tests', '__tests__', 'testdata', 'testing', 'testutil', 'testutils', 'test-utils', 'test_utils', 'testhelpers', 'testhelper', 'test-helpers', 'test_helpers', 'testsupport', '__fixtures__', 'fixtures', '__mocks__', 'mocks', 'mock', 'fakes', 'e2e', 'cypress', 'playwright', 'integration-tests', 'integration_tests', 'functional-tests', 'functional_tests', 'benchmarks', 'testenv'], why: 'test folder' },
  { role: 'test', folderPattern: /^[\w.-]+[-_](?:tests?|testing|fixtures|mocks|test[-_]?utils?|test[-_]?helpers?)$/, why: 'test folder (…-tests)' },
  // CI configuration and test settings: credentials there belong to throw-away test services
  { role: 'test', folders: ['.ci', '.circleci', '.buildkite'], why: 'CI configuration folder' },
  { role: 'test', path: /(?:^|\/)\.github\/workflows\//, why: 'CI workflow' },
  // a linter's own rules and the sample files they are tested on: `.semgrep/…/no-requests.py`
  { role: 'test', folders: ['.semgrep'], why: 'semgrep rules and their test files' },
  { role: 'test', file: /^(?:\.gitlab-ci|\.travis|azure-pipelines|bitbucket-pipelines|cloudbuild)\.ya?ml$|^(?:docker-)?compose[.-](?:ci|test|tests|testing|e2e|cypress)(?:\.[\w-]+)?\.ya?ml$|^(?:configuration|settings|config)[_-](?:testing|tests?|ci)\.py$|^smoke_?tests?[\w-]*\.py$|[_-]smoke_?test[\w-]*\.py$/, why: 'CI or test configuration file' },
  { role: 'migration', folders: ['migrations', 'migration', 'alembic', 'db_migrations', 'schema_migrations'], why: 'migrations folder' },
  { role: 'migration', file: /^\d{3,}[_-][\w-]*\.(?:py|go|[cm]?[jt]s)$|^\d{8,}[\w-]*\.(?:[cm]?[jt]s|go)$/, why: 'numbered migration file name' },
  // `library/migrations.py`: a module of migration steps; `db/upgrades/v31_v32.py`: one schema version to the next
  { role: 'migration', file: /^(?:migrations?|data_migrations?)\.(?:py|go|[cm]?[jt]s)$|^v\d+(?:_\d+)*_(?:to_)?v\d+(?:_\d+)*\.(?:py|go|[cm]?[jt]s)$/, why: 'migration module or version-to-version upgrade file name' },
  { role: 'script', folders: ['seeds', 'seed', 'seeders', 'seeding', 'scripts', 'script'], why: 'scripts or seed-data folder' },
  { role: 'script', path: /(?:^|\/)management\/commands\/[^/]+\.py$/, why: 'Django management command' },
  { role: 'script', file: /(?:^|[_.-])(?:seed|seeds|seeder|seeding|populatedb|random_data|sample_data|fake_data|demo_data)(?:[_.-]|$)/, why: 'seed-data file name' },
  { role: 'dev-config', file: /^\.env\.(?:example|sample|template|dist|defaults?|local|dev|development|test)$|\.(?:example|sample|template|dist)\.[\w.]+$|^(?:local_settings|settings_local|dev_settings|settings_dev)\.py$/, why: 'example or local-development configuration' },
  { role: 'dev-config', path: /(?:^|\/)settings\/(?:local|dev|development)\.py$/, why: 'local-development settings module' },
];
