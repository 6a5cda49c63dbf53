// The import rules of docs/architecture.md: each rule of .dependency-cruiser.mjs fires on a small
// tree that breaks it (and stays quiet on the imports the architecture allows), and every
// package's manifest depends only on the workspace packages the table lets it import.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

// path → imports; every file also exports something so it is a module
const TREE: Readonly<Record<string, readonly string[]>> = {
  'packages/core/src/a.ts': ['./b'],
  'packages/core/src/b.ts': ['./a', './types'],
  'packages/core/src/types.ts': [],
  'packages/core/src/c.ts': ['../../eslint-plugin/src/index'],
  'packages/core/src/d.ts': ['tree-sitter'],
  'packages/eslint-plugin/src/index.ts': ['../../core/src/types', './rules/x/index'],
  'packages/eslint-plugin/src/util/shared.ts': [],
  'packages/eslint-plugin/src/rules/x/index.ts': ['./own', '../../util/shared', '../y/helper'],
  'packages/eslint-plugin/src/rules/x/own.ts': [],
  'packages/eslint-plugin/src/rules/y/helper.ts': ['../../../../core/src/types'],
  'packages/tree-sitter-checker/src/e.ts': ['../../cli/src/main'],
  'packages/config-checker/src/f.ts': ['../../eslint-plugin/src/index', '../../core/src/types'],
  'packages/cli/src/main.ts': ['../../eslint-plugin/src/index', '../../core/src/types'],
};

function writeTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-architecture-'));
  for (const [path, imports] of Object.entries(TREE)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    const lines = imports.map((spec, index) => `import * as m${index} from '${spec}';\nexport const use${index} = m${index};`);
    writeFileSync(join(dir, path), `${lines.join('\n')}\nexport const name = '${path}';\n`);
  }
  mkdirSync(join(dir, 'node_modules/tree-sitter'), { recursive: true });
  writeFileSync(join(dir, 'node_modules/tree-sitter/package.json'), '{ "name": "tree-sitter", "main": "index.js" }\n');
  writeFileSync(join(dir, 'node_modules/tree-sitter/index.js'), 'module.exports = {};\n');
  return dir;
}

describe('import rules (.dependency-cruiser.mjs)', () => {
  it('each rule fires on the import it forbids, and only there', async () => {
    const dir = writeTree();
    const config = await extractDepcruiseConfig(join(root, '.dependency-cruiser.mjs'));
    // the real tree resolves through tsconfig.json; this one through plain relative paths
    const { tsConfig: _tsConfig, ...options } = config.options ?? {};
    const result = await cruise(['packages'], { ...options, baseDir: dir, validate: true, ruleSet: { forbidden: config.forbidden } });
    const { violations } = (result.output as ICruiseResult).summary;
    expect(violations.map((violation) => `${violation.rule.name}: ${violation.from} -> ${violation.to}`).sort()).toEqual([
      'core-imports-no-package: packages/core/src/c.ts -> packages/eslint-plugin/src/index.ts',
      'core-imports-no-parser: packages/core/src/d.ts -> node_modules/tree-sitter/index.js',
      'engines-import-no-cli: packages/tree-sitter-checker/src/e.ts -> packages/cli/src/main.ts',
      'engines-import-no-engine: packages/config-checker/src/f.ts -> packages/eslint-plugin/src/index.ts',
      'no-circular: packages/core/src/a.ts -> packages/core/src/b.ts',
      'rules-stay-in-their-folder: packages/eslint-plugin/src/rules/x/index.ts -> packages/eslint-plugin/src/rules/y/helper.ts',
    ]);
  });
});

// `@plumbline/<name>` of each row of the table in docs/architecture.md, and what it may import
function allowedImports(): Map<string, Set<string>> {
  const rows = readFileSync(join(root, 'docs/architecture.md'), 'utf8').split('\n').filter((line) => /^\| `@plumbline\//.test(line));
  return new Map(rows.map((row) => {
    const [, name = '', allowed = ''] = row.split('|').map((cell) => cell.trim());
    return [name.replace(/`/g, ''), new Set([...allowed.matchAll(/`(@plumbline\/[a-z-]+)`/g)].map((match) => match[1] ?? ''))];
  }));
}

describe('package manifests', () => {
  const allowed = allowedImports();

  it('the table names every workspace package', () => {
    expect([...allowed.keys()].sort()).toEqual(['@plumbline/cli', '@plumbline/config-checker', '@plumbline/core', '@plumbline/eslint-plugin', '@plumbline/tree-sitter-checker']);
  });

  it.each([...allowed.keys()])('%s depends only on the packages it may import', (name) => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', name.slice('@plumbline/'.length), 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const workspace = ['dependencies', 'devDependencies', 'peerDependencies'].flatMap((field) => Object.keys(manifest[field] ?? {}))
      .filter((dependency) => dependency.startsWith('@plumbline/'));
    expect(workspace.filter((dependency) => !allowed.get(name)?.has(dependency))).toEqual([]);
  });
});
