// The catalog is the single source of truth: every rule is complete everywhere it claims to be.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalog, docsUrl, isConfigLanguage, presetEntry } from '@plumbline/core';
import { CONFIG_RULES, configEngine } from '@plumbline/config-checker';
import plugin from '@plumbline/eslint-plugin';
import { treeSitterEngine } from '@plumbline/tree-sitter-checker';
import { describe, expect, it } from 'vitest';
import { ENGINE_RULE_DIRS, ruleParts } from './support/rule-parts.js';

const root = new URL('..', import.meta.url).pathname;

describe('catalog', () => {
  it('is sorted by id with unique ids', () => {
    const ids = catalog.map((rule) => rule.id);
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  it.each(catalog.map((rule) => [rule.id, rule] as const))('%s has complete metadata', (id, rule) => {
    expect(rule.cwe.every((cwe) => /^CWE-\d+$/.test(cwe))).toBe(true);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    expect(rule.options.schema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(existsSync(join(root, 'docs/rules', `${id}.md`))).toBe(true);
    expect(existsSync(join(root, 'test/fixtures', id))).toBe(true);
  });

  it.each(catalog.map((rule) => [rule.id, rule] as const))('%s has an implementation for each of its languages', (id, rule) => {
    const eslintRule = (plugin.rules as Record<string, { meta?: { docs?: { url?: string }; messages?: object } }>)[id];
    const ecma = rule.languages.some((language) => language === 'javascript' || language === 'typescript');
    expect(Boolean(eslintRule), 'ESLint rule').toBe(ecma);
    if (eslintRule) {
      expect(eslintRule.meta?.docs?.url).toBe(docsUrl(id));
      expect(eslintRule.meta?.messages).toEqual(rule.messages);
    }
    const checkerDir = join(root, 'packages/tree-sitter-checker/src/rules', id);
    for (const language of rule.languages.filter((l) => l === 'python' || l === 'go')) {
      expect(existsSync(join(checkerDir, `${language}.scm`)), `${language}.scm`).toBe(true);
    }
    expect(treeSitterEngine.languages).toEqual(expect.arrayContaining(['python', 'go']));
    // configuration files need neither ESLint nor queries: the config engine must know the rule
    const configLanguages = rule.languages.filter(isConfigLanguage);
    expect(Object.hasOwn(CONFIG_RULES, id), 'config-file rule').toBe(configLanguages.length > 0);
    expect(configEngine.languages).toEqual(expect.arrayContaining(configLanguages));
  });

  it('presets: strict includes recommended', () => {
    for (const rule of catalog) {
      if (presetEntry(rule, 'recommended')) expect(presetEntry(rule, 'strict')).toBeDefined();
    }
  });

  it('has no stray fixture or docs folders', () => {
    const ids = new Set(catalog.map((rule) => rule.id));
    const fixtureDirs = readdirSync(join(root, 'test/fixtures'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(fixtureDirs.filter((name) => !ids.has(name))).toEqual([]);
    const pages = readdirSync(join(root, 'docs/rules')).filter((name) => name.endsWith('.md') && name !== 'README.md');
    expect(pages.map((name) => name.slice(0, -3)).filter((name) => !ids.has(name))).toEqual([]);
  });
});

describe('rule parts (docs/architecture.md)', () => {
  it.each(catalog.map((rule) => [rule.id, rule] as const))('%s has every part its languages call for (docs/architecture.md)', (id, rule) => {
    const missing = ruleParts(id, rule.languages).filter((path) => !existsSync(join(root, path)));
    expect(missing).toEqual([]);
  });

  it('each engine has a rule folder exactly for the rules of its languages', () => {
    for (const [dir, supports] of Object.entries(ENGINE_RULE_DIRS)) {
      const folders = readdirSync(join(root, dir), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
      expect(folders, dir).toEqual(catalog.filter((rule) => rule.languages.some(supports)).map((rule) => rule.id));
    }
  });
});
