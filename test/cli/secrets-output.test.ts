// No output format ever prints a secret in full: every fixture of no-hardcoded-secrets is scanned
// in text, JSON and SARIF, and no quoted string on a line that expects a finding may appear.
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameStrength } from '@plumbline/core';
import { plumbline, project, REPO } from './run.js';

const RULE = 'no-hardcoded-secrets';
const FIXTURES = join(REPO, 'test/fixtures', RULE);
const FORMATS = ['stylish', 'json', 'sarif'] as const;

// what a scan reports, without the rule catalog: SARIF embeds each rule's docs page as help,
// and its examples are public sample values, not findings
function reported(format: (typeof FORMATS)[number], stdout: string): string {
  if (format === 'stylish') return stdout;
  const parsed = JSON.parse(stdout) as { findings?: unknown; notices?: unknown; runs?: { results?: unknown; invocations?: unknown }[] };
  if (format === 'json') return JSON.stringify([parsed.findings, parsed.notices]);
  return JSON.stringify(parsed.runs?.map((run) => [run.results, run.invocations]));
}

// "…", '…' and `…` of 8+ characters on the line after each `expect:` annotation
function expectedSecrets(): string[] {
  const secrets = new Set<string>();
  for (const file of readdirSync(FIXTURES)) {
    if (file === '__snapshots__' || file.endsWith('.annotations')) continue;
    const lines = readFileSync(join(FIXTURES, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (!new RegExp(`(?:#|//|;)\\s*expect:\\s*${RULE}`).test(line)) return;
      const target = lines.slice(index + 1).find((next) => !/(?:#|\/\/|;)\s*(?:expect|ok|todo-expect|todo-ok):/.test(next)) ?? '';
      // a module name (`require('jsonwebtoken')`, `from 'jose'`) is no secret: messages name the call
      const modules = new Set([...target.matchAll(/(?:require\(|from\s+)(["'`])([^"'`]+)\1/g)].map((match) => match[2]));
      for (const match of target.matchAll(/(["'`])([^"'`]{8,})\1/g)) if (!modules.has(match[2])) secrets.add(match[2]!);
      // unquoted config values (KEY=value, key: value)
      for (const match of target.matchAll(/[=:]\s*([^\s"'`#;,]{12,})/g)) secrets.add(match[1]!);
    });
  }
  // quoted keys on those lines are names, which messages show on purpose (`client-secret`)
  return [...secrets].filter((secret) => nameStrength(secret) === undefined);
}

describe('no-hardcoded-secrets output', () => {
  const dir = project({
    'plumbline.config.json': JSON.stringify({ preset: 'none', rules: { [RULE]: 'error' }, testFiles: [] }),
  });
  cpSync(FIXTURES, join(dir, 'src'), { recursive: true, filter: (path) => !path.includes('__snapshots__') });
  const outputs = Object.fromEntries(FORMATS.map((format) => [format, plumbline(['scan', '--format', format], dir)]));
  rmSync(dir, { recursive: true, force: true });

  it('finds the fixtures\' secrets, each message with a masked value', () => {
    const json = JSON.parse(outputs.json!.stdout) as { findings: { ruleId: string; message: string }[] };
    expect(json.findings.length).toBeGreaterThan(20);
    for (const finding of json.findings) {
      expect(finding.ruleId).toBe(RULE);
      expect(finding.message).toMatch(/\("[^"]{1,4}…"\)/u);
    }
  });

  it.each(FORMATS)('never prints a full secret in %s', (format) => {
    const output = reported(format, outputs[format]!.stdout) + outputs[format]!.stderr;
    expect(output.length).toBeGreaterThan(0);
    const secrets = expectedSecrets();
    expect(secrets.length).toBeGreaterThan(20);
    const leaked = secrets.filter((secret) => output.includes(secret));
    expect(leaked).toEqual([]);
  });
});
