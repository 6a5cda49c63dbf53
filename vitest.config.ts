import { configDefaults, defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources through the `source` export
// condition, so unit tests never run stale builds. CLI end-to-end tests run the built binary.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['test/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    // fixtures are code to lint, some of it shaped like tests; they never run
    exclude: [...configDefaults.exclude, 'test/fixtures/**'],
    // a guard against hangs, not a speed check: CI's two cores are shared and may be busy
    testTimeout: 300_000,
    pool: 'forks',
  },
});
