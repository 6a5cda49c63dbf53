// One runner for every rule and language: test/fixtures/<rule-id>/<situation>.<ext>.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalog, formatStylish, languageOf } from '@plumbline/core';
import { describe, expect, it } from 'vitest';
import { runFixture } from './support/fixtures.js';

const root = new URL('..', import.meta.url).pathname;
const fixturesDir = join(root, 'test/fixtures');
const ruleDirs = readdirSync(fixturesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe.each(ruleDirs)('%s', (ruleId) => {
  const files = readdirSync(join(fixturesDir, ruleId)).filter((name) => languageOf(name)).sort();

  it('is a rule of the catalog', () => {
    expect(catalog.map((rule) => rule.id)).toContain(ruleId);
  });

  it.each(files)('%s', async (name) => {
    const relativePath = `test/fixtures/${ruleId}/${name}`;
    const report = await runFixture(join(fixturesDir, ruleId, name), relativePath, ruleId);
    expect(report.problems).toEqual([]);
    const text = formatStylish({ root, findings: report.findings, notices: report.notices, rules: [], filesScanned: 1 }, { color: false });
    await expect(text).toMatchFileSnapshot(join(fixturesDir, ruleId, '__snapshots__', `${name}.txt`));
  });

  it('has an expect and an ok fixture for every language of the rule', async () => {
    const rule = catalog.find((r) => r.id === ruleId);
    const seen = new Map<string, Set<string>>();
    for (const name of files) {
      const report = await runFixture(join(fixturesDir, ruleId, name), `test/fixtures/${ruleId}/${name}`, ruleId);
      const kinds = seen.get(languageOf(name)!) ?? new Set<string>();
      report.annotations.forEach((annotation) => kinds.add(annotation.kind));
      seen.set(languageOf(name)!, kinds);
    }
    for (const language of rule?.languages ?? []) {
      expect([...(seen.get(language) ?? [])], `${ruleId} fixtures for ${language}`).toEqual(expect.arrayContaining(['expect', 'ok']));
    }
  });
});
