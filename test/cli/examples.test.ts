// The demo backend breaks each standard on purpose, marked by a `breaks: <rule-id>` comment on
// the line above. A scan with the default rules reports exactly the marked lines of the rules
// the recommended preset enables, and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog, languageOf, presetEntry } from '@plumbline/core';
import { walk } from '@plumbline/cli';
import { describe, expect, it } from 'vitest';
import { plumbline, REPO } from './run.js';

const enabled = new Set(catalog.filter((rule) => presetEntry(rule, 'recommended')).map((rule) => rule.id));

function markedViolations(): string[] {
  const root = join(REPO, 'examples');
  const { files } = walk({ root: REPO, paths: [root], ignorePatterns: [], ignoreBase: REPO });
  return files.filter((file) => languageOf(file.path)).flatMap((file) => readFileSync(file.path, 'utf8').split('\n').flatMap((line, index) => {
    const rule = /(?:#|\/\/)\s*breaks:\s*([a-z-]+)/.exec(line)?.[1];
    return rule && enabled.has(rule) ? [`${file.relativePath}:${index + 2} ${rule}`] : [];
  }));
}

describe('plumbline scan examples/', () => {
  it('reports exactly the marked violations of the enabled rules', () => {
    const run = plumbline(['scan', 'examples', '--format', 'json'], REPO);
    const json = JSON.parse(run.stdout) as { findings: { file: string; line: number; ruleId: string }[]; notices: unknown[] };
    expect(json.notices).toEqual([]);
    const found = json.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();
    expect(found).toEqual(markedViolations().sort());
    expect(run.code).toBe(json.findings.some((f) => catalog.find((r) => r.id === f.ruleId)?.severity === 'error') ? 1 : 0);
  });
});
