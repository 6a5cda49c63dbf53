// The demo backend breaks each standard on purpose, marked by a `breaks: <rule-id>` comment on
// the line above. A scan reports exactly the marked lines of the rules it enables, and nothing
// else: with the default rules, and with every rule of the catalog (preview ones included).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog, type Language, languageOf, presetEntry } from '@plumbline/core';
import { walk } from '@plumbline/cli';
import { describe, expect, it } from 'vitest';
import { plumbline, REPO } from './run.js';

type Enabled = (rule: string, language: Language) => boolean;
// a rule's recommended entry may name the languages where it met the real-code bar
const recommended: Enabled = (id, language) => Boolean(presetEntry(catalog.find((rule) => rule.id === id)!, 'recommended', language));
const everyRuleIds = catalog.map((rule) => rule.id);
const everyRule: Enabled = (id) => everyRuleIds.includes(id);

function markedViolations(enabled: Enabled): string[] {
  const root = join(REPO, 'examples');
  const { files } = walk({ root: REPO, paths: [root], ignorePatterns: [], ignoreBase: REPO });
  return files.flatMap((file) => {
    const language = languageOf(file.path);
    if (!language) return [];
    return readFileSync(file.path, 'utf8').split('\n').flatMap((line, index) => {
      const rule = /(?:#|\/\/)\s*breaks:\s*([a-z-]+)/.exec(line)?.[1];
      return rule && enabled(rule, language) ? [`${file.relativePath}:${index + 2} ${rule}`] : [];
    });
  });
}

function scanExamples(extra: readonly string[]): { found: string[]; notices: unknown[]; code: number | null; hasError: boolean } {
  const run = plumbline(['scan', 'examples', '--format', 'json', ...extra], REPO);
  const json = JSON.parse(run.stdout) as { findings: { file: string; line: number; ruleId: string; severity: string }[]; notices: unknown[] };
  const found = json.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();
  return { found, notices: json.notices, code: run.code, hasError: json.findings.some((f) => f.severity === 'error') };
}

describe('plumbline scan examples/', () => {
  it('reports exactly the marked violations of the recommended rules', () => {
    const { found, notices, code, hasError } = scanExamples([]);
    expect(notices).toEqual([]);
    expect(found).toEqual(markedViolations(recommended).sort());
    expect(code).toBe(hasError ? 1 : 0);
  });

  it('reports exactly every marked violation when every rule is on', () => {
    const config = join(mkdtempSync(join(tmpdir(), 'plumbline-examples-')), 'plumbline.config.json');
    writeFileSync(config, JSON.stringify({ preset: 'none', rules: Object.fromEntries(everyRuleIds.map((id) => [id, 'warning'])) }));
    const { found, notices } = scanExamples(['--config', config]);
    expect(notices).toEqual([]);
    expect(found).toEqual(markedViolations(everyRule).sort());
  });
});
