// `pnpm new-rule <rule-id>` writes exactly the parts docs/architecture.md lists for a rule of
// JavaScript, TypeScript, Python and Go, and leaves existing files alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleParts } from './support/rule-parts.js';

const root = new URL('..', import.meta.url).pathname;
const TSX = join(root, 'node_modules/tsx/dist/cli.mjs');

function newRule(target: string, id: string): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, PLUMBLINE_NEW_RULE_ROOT: target };
  const run = spawnSync(process.execPath, [TSX, '--conditions=source', join(root, 'scripts/new-rule.ts'), id], { env, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(dir, path)).isFile());
}

describe('pnpm new-rule', () => {
  it('scaffolds every part of a rule and nothing else', () => {
    const target = mkdtempSync(join(tmpdir(), 'plumbline-new-rule-'));
    expect(newRule(target, 'no-weak-password-hash').code).toBe(0);
    const written = filesUnder(target).map((path) => path.replace(/\.gitkeep$/, '')).sort();
    expect(written).toEqual(ruleParts('no-weak-password-hash', ['javascript', 'typescript', 'python', 'go']));
    expect(readFileSync(join(target, 'packages/core/src/rules/no-weak-password-hash.ts'), 'utf8')).toContain("id: 'no-weak-password-hash'");
  });

  it('leaves existing files alone', () => {
    const target = mkdtempSync(join(tmpdir(), 'plumbline-new-rule-'));
    expect(newRule(target, 'jwt-requires-expiry').code).toBe(0);
    const page = join(target, 'docs/rules/jwt-requires-expiry.md');
    writeFileSync(page, '# written by hand\n');
    const again = newRule(target, 'jwt-requires-expiry');
    expect(again.stderr).toContain('exists, left alone: docs/rules/jwt-requires-expiry.md');
    expect(readFileSync(page, 'utf8')).toBe('# written by hand\n');
  });

  it('refuses an id that is not kebab-case', () => {
    const target = mkdtempSync(join(tmpdir(), 'plumbline-new-rule-'));
    expect(newRule(target, 'NoWeakHash').code).toBe(2);
    expect(filesUnder(target)).toEqual([]);
  });
});
