// Every rule's docs page: required sections, one heading per option, and examples that behave.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFile } from '@plumbline/cli';
import { catalog, type Language } from '@plumbline/core';
import { describe, expect, it } from 'vitest';
import { parseFixture } from './support/annotations.js';

const root = new URL('..', import.meta.url).pathname;
const SECTIONS = ['What it does', 'Why is this bad?', 'Examples', 'Options', 'When not to use it', 'References'];
const FENCE_LANGUAGE: Record<string, { language: Language; ext: string }> = {
  python: { language: 'python', ext: 'py' }, go: { language: 'go', ext: 'go' },
  js: { language: 'javascript', ext: 'js' }, javascript: { language: 'javascript', ext: 'js' },
  ts: { language: 'typescript', ext: 'ts' }, typescript: { language: 'typescript', ext: 'ts' },
  dotenv: { language: 'dotenv', ext: 'env' }, yaml: { language: 'yaml', ext: 'yaml' }, json: { language: 'json', ext: 'json' },
  toml: { language: 'toml', ext: 'toml' }, ini: { language: 'ini', ext: 'ini' }, properties: { language: 'properties', ext: 'properties' },
};

interface Example { readonly fence: string; readonly kind: 'bad' | 'good'; readonly code: string; readonly line: number }

function examplesOf(page: string): Example[] {
  const examples: Example[] = [];
  const pattern = /^```(\w+) (bad|good)\n([^]*?)^```$/gm;
  for (let match = pattern.exec(page); match; match = pattern.exec(page)) {
    examples.push({ fence: match[1]!, kind: match[2] as 'bad' | 'good', code: match[3]!, line: page.slice(0, match.index).split('\n').length });
  }
  return examples;
}

describe.each(catalog.map((rule) => [rule.id, rule] as const))('docs/rules/%s.md', (id, rule) => {
  const path = join(root, 'docs/rules', `${id}.md`);
  const page = existsSync(path) ? readFileSync(path, 'utf8') : '';

  it('exists with every section (or says why one is omitted)', () => {
    expect(page, `${path} is missing`).not.toBe('');
    for (const section of SECTIONS) {
      const present = page.includes(`\n## ${section}\n`) || page.includes(`<!-- omitted: ${section} --`);
      expect(present, `section "${section}"`).toBe(true);
    }
  });

  it('has a heading for every option', () => {
    const properties = Object.keys((rule.options.schema as { properties?: object }).properties ?? {});
    for (const option of properties) expect(page).toContain(`\n### ${option}\n`);
  });

  it('has bad and good examples for every language of the rule that behave as labeled', async () => {
    const examples = examplesOf(page);
    for (const language of rule.languages) {
      const kinds = examples.filter((e) => FENCE_LANGUAGE[e.fence]?.language === language).map((e) => e.kind);
      expect(kinds, `examples for ${language}`).toEqual(expect.arrayContaining(['bad', 'good']));
    }
    for (const example of examples) {
      const target = FENCE_LANGUAGE[example.fence];
      if (!target) continue;
      const { options } = parseFixture(example.code, target.language);
      const rules = [{ id, severity: rule.severity, options: { ...rule.options.defaults, ...options } }];
      const file = { path: join(root, `docs-example.${target.ext}`), relativePath: `docs-example.${target.ext}`, text: example.code, language: target.language };
      const outcome = await checkFile(file, rules, { reportUnusedSuppressions: false });
      const fired = outcome.findings.some((finding) => finding.ruleId === id && !finding.suppression);
      expect(fired, `${example.fence} ${example.kind} example at line ${example.line}`).toBe(example.kind === 'bad');
      expect(outcome.notices.filter((n) => n.code === 'parse-error'), `example at line ${example.line} parses`).toEqual([]);
    }
  });
});
