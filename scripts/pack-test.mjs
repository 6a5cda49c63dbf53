// `pnpm pack-test`: proves the published packages work outside this workspace. It packs every
// package with pnpm, installs the tarballs with plain npm into an empty folder (no workspace, no
// build step, install scripts allowed as a user's npm would run them), and there runs
// `plumbline scan` on Python, Go, TypeScript and `.env` samples, `plumbline explain`, and ESLint
// with the plugin's strict config (parameterized-sql is in strict only since the real-code measurement). Prints what it checked; exits 1 on the first failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const PACKAGES = ['core', 'eslint-plugin', 'tree-sitter-checker', 'config-checker', 'cli'];
const PNPM = ['--yes', 'pnpm@10.34.9'];

function fail(message) {
  console.error(`pack-test: ${message}`);
  process.exit(1);
}

function run(command, args, cwd, expectStatus = [0]) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (!expectStatus.includes(result.status ?? -1)) {
    fail(`\`${command} ${args.join(' ')}\` exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

function packAll(into) {
  mkdirSync(into, { recursive: true });
  for (const name of PACKAGES) run('npx', [...PNPM, 'pack', '--pack-destination', into], join(ROOT, 'packages', name));
  const tarballs = readdirSync(into).filter((file) => file.endsWith('.tgz')).map((file) => join(into, file));
  if (tarballs.length !== PACKAGES.length) fail(`expected ${PACKAGES.length} tarballs, got ${tarballs.length}`);
  return tarballs;
}

// One file per language, each breaking a rule the config below enables.
function writeSamples(app) {
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'src', 'orders.py'), 'def find(cursor, order_id):\n    cursor.execute("SELECT * FROM orders WHERE id = " + order_id)\n');
  writeFileSync(join(app, 'src', 'store.go'), 'package store\n\nimport "database/sql"\n\nfunc Find(db *sql.DB, id string) {\n\tdb.Query("SELECT * FROM items WHERE id = " + id)\n}\n');
  writeFileSync(join(app, 'src', 'users.ts'), 'export async function find(db: { query(sql: string): Promise<unknown> }, id: string) {\n  return db.query(`SELECT * FROM users WHERE id = ${id}`);\n}\n');
  writeFileSync(join(app, '.env'), 'DATABASE_PASSWORD=Xk9#mQ2$vL7pW4zR\n');
  writeFileSync(join(app, 'plumbline.config.json'), JSON.stringify({ preset: 'strict', rules: { 'no-hardcoded-secrets': 'error' } }));
  writeFileSync(join(app, 'eslint.config.js'), "import plumbline from '@plumbline/eslint-plugin';\nimport tseslint from 'typescript-eslint';\n"
    + "export default [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, plumbline.configs.strict];\n");
}

// No installed package may need a build at install time (a compiler, node-gyp, a download).
function checkNoInstallScripts(app) {
  const output = run('npm', ['query', ':attr(scripts, [install]), :attr(scripts, [preinstall]), :attr(scripts, [postinstall])'], app);
  const offenders = JSON.parse(output).map((node) => `${node.name}@${node.version}`);
  if (offenders.length > 0) fail(`packages with install scripts: ${offenders.join(', ')}`);
  for (const dir of readdirSync(join(app, 'node_modules'))) {
    if (existsSync(join(app, 'node_modules', dir, 'binding.gyp'))) fail(`native addon installed: ${dir}`);
  }
}

// Every @plumbline package must come from our tarballs, never from a registry of the same name.
function checkFromTarballs(app) {
  const { packages } = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8'));
  for (const name of PACKAGES) {
    const entry = packages[`node_modules/@plumbline/${name}`];
    if (!entry?.resolved?.startsWith('file:')) fail(`@plumbline/${name} was not installed from its tarball: ${JSON.stringify(entry)}`);
  }
}

function checkScan(app) {
  const report = JSON.parse(run('npx', ['--no-install', 'plumbline', 'scan', '.', '--format', 'json'], app, [1]));
  const files = new Set(report.findings.map((finding) => finding.file));
  for (const file of ['src/orders.py', 'src/store.go', 'src/users.ts', '.env']) {
    if (!files.has(file)) fail(`scan reported nothing in ${file}: ${JSON.stringify(report.findings, null, 2)}`);
  }
  const errors = report.notices.filter((notice) => notice.level === 'error');
  if (errors.length > 0) fail(`scan notices: ${JSON.stringify(errors)}`);
  if (JSON.stringify(report).includes('Xk9#mQ2$vL7pW4zR')) fail('the planted secret was printed in full');
  return report.findings.length;
}

function checkDocs(app) {
  const page = run('npx', ['--no-install', 'plumbline', 'explain', 'parameterized-sql'], app);
  if (!page.startsWith('# parameterized-sql') || !page.includes('## What it does')) fail(`explain printed no docs page:\n${page}`);
  const rules = JSON.parse(run('npx', ['--no-install', 'plumbline', 'rules', '--format', 'json'], app));
  if (!rules.every((rule) => typeof rule.docsUrl === 'string' && rule.docsUrl.startsWith('https://'))) fail('a rule has no docs URL');
}

function checkEslint(app) {
  const output = run('npx', ['--no-install', 'eslint', '--format', 'json', 'src/users.ts'], app, [1]);
  const ids = JSON.parse(output).flatMap((result) => result.messages.map((message) => message.ruleId));
  if (!ids.includes('@plumbline/parameterized-sql')) fail(`ESLint did not report the plugin's rule: ${output}`);
}

function main() {
  const work = mkdtempSync(join(tmpdir(), 'plumbline-pack-'));
  try {
    const tarballs = packAll(join(work, 'tarballs'));
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pack-test-app', private: true, type: 'module' }));
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], app);
    writeSamples(app);
    checkFromTarballs(app);
    checkNoInstallScripts(app);
    const findings = checkScan(app);
    checkDocs(app);
    checkEslint(app);
    const version = JSON.parse(readFileSync(join(app, 'node_modules', '@plumbline', 'cli', 'package.json'), 'utf8')).version;
    console.log(`pack-test: ${tarballs.length} tarballs (cli ${version}) installed with npm; scan found ${findings} findings in .py, .go, .ts and .env; explain and ESLint work`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (!existsSync(join(ROOT, 'packages', 'cli', 'dist'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
main();
