// The import rules of docs/architecture.md, checked by `pnpm test` (`depcruise packages scripts test`)
// and proven to fire by test/architecture.test.ts.
const ENGINES = '(eslint-plugin|tree-sitter-checker|config-checker)';
// what parses a language: only engines may load it
const PARSERS = '(^|/)node_modules/(@typescript-eslint|typescript-eslint|eslint|espree|typescript|(web-)?tree-sitter[^/]*|yaml|jsonc-parser)/';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circles between files: split the shared part out, or pass the function in.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-no-package',
      severity: 'error',
      comment: '@plumbline/core is the catalog every package builds on; it imports no engine and not the CLI.',
      from: { path: '^packages/core/' },
      to: { path: '^packages/(?!core/)' },
    },
    {
      name: 'core-imports-no-parser',
      severity: 'error',
      comment: '@plumbline/core holds no syntax: parsers belong to the engines.',
      from: { path: '^packages/core/' },
      to: { path: PARSERS },
    },
    {
      name: 'engines-import-no-cli',
      severity: 'error',
      comment: 'Engines are libraries the CLI drives; they never import it.',
      from: { path: `^packages/${ENGINES}/` },
      to: { path: '^packages/cli/' },
    },
    {
      name: 'engines-import-no-engine',
      severity: 'error',
      comment: 'Each engine stands alone on core; what two engines share belongs in core.',
      from: { path: `^packages/${ENGINES}/` },
      to: { path: `^packages/${ENGINES}/`, pathNot: '^packages/$1/' },
    },
    {
      name: 'rules-stay-in-their-folder',
      severity: 'error',
      comment: 'A rule folder imports its own files, its package\'s shared modules and core, never another rule\'s folder: what two rules share goes to util/.',
      from: { path: '^packages/([^/]+)/src/rules/([^/]+)/' },
      to: { path: '^packages/$1/src/rules/[^/]+/', pathNot: '^packages/$1/src/rules/$2/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|test/fixtures|examples)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      // workspace packages resolve to their sources, as in vitest and tsc
      conditionNames: ['source', 'import', 'types', 'default'],
      exportsFields: ['exports'],
    },
  },
};
