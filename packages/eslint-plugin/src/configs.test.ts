import { catalog } from '@plumbline/core/catalog';
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

// File snapshots (src/__snapshots__/configs.test.ts.snap): every preset change shows in review.
import plumbline from './index.js';

// The plugin object would print itself into the snapshot; its name is enough.
const printable = (config: Linter.Config) => ({ ...config, plugins: Object.keys(config.plugins ?? {}) });

describe('configs.recommended', () => {
  it('holds every stable JS/TS rule of the catalog that joins it', () => {
    expect(printable(plumbline.configs.recommended)).toMatchSnapshot();
  });

});

describe('configs.strict', () => {
  it('holds recommended and more', () => {
    expect(printable(plumbline.configs.strict)).toMatchSnapshot();
  });

});

describe('configs', () => {
  it('register the plugin itself and name only rules it has', () => {
    for (const config of Object.values(plumbline.configs)) {
      expect(config.plugins?.['@plumbline']).toBe(plumbline);
      for (const name of Object.keys(config.rules ?? {})) {
        expect(Object.keys(plumbline.rules)).toContain(name.replace('@plumbline/', ''));
      }
    }
  });

  it('has an ESLint rule for every JS/TS rule of the catalog', () => {
    const ecmaScriptRules = catalog.filter((rule) => rule.languages.some((l) => l === 'javascript' || l === 'typescript'));
    expect(Object.keys(plumbline.rules)).toEqual(ecmaScriptRules.map((rule) => rule.id));
  });
});

describe('plugin', () => {
  it('names itself with the package version', async () => {
    const { default: pkg } = await import('../package.json', { with: { type: 'json' } });
    expect(plumbline.meta).toEqual({ name: '@plumbline/eslint-plugin', version: pkg.version });
  });
});
