// The "done when", end to end on a copy of examples/: a baseline written today makes the
// next scan pass, still passes after two lines are inserted at the top of every file, and a
// newly added violation fails the scan and is the only finding shown.
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { catalog } from '@plumbline/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfExamples, plumbline, project } from './run.js';
import { sarifErrors } from '../support/sarif-schema.js';

interface JsonFinding { ruleId: string; file: string; line: number; baselineState?: string; suppression?: unknown }
interface Json { findings: JsonFinding[]; notices: { code: string; file?: string; message: string }[]; summary: { baselined: number } }

const BASELINE = 'plumbline-baseline.json';
const HASH_COMMENT = new Set(['.py', '.yml', '.yaml', '.toml', '.ini', '.properties', '.txt', '.example', '.env', '']);

// Two comment lines (plain lines in Markdown) at the top of every file, in each file's comment syntax.
function insertTwoLines(dir: string): void {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    if (!statSync(path).isFile() || name === 'plumbline.config.json') continue;
    const ext = basename(name).startsWith('.env') ? '.env' : extname(name);
    const mark = ext === '.md' ? '' : HASH_COMMENT.has(ext) ? '# ' : '// ';
    writeFileSync(path, `${mark}inserted line one\n${mark}inserted line two\n${readFileSync(path, 'utf8')}`);
  }
}

function scanJson(dir: string, extra: readonly string[] = []): { json: Json; code: number | null; stderr: string } {
  const run = plumbline(['scan', '.', '--baseline', BASELINE, '--format', 'json', ...extra], dir);
  return { json: JSON.parse(run.stdout) as Json, code: run.code, stderr: run.stderr };
}

const active = (json: Json): JsonFinding[] => json.findings.filter((f) => !f.suppression && f.baselineState !== 'unchanged');
const positions = (json: Json): string[] => json.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`);

// One baseline written on a copy of examples/, shared by the tests that follow.
let dir = '';
let before: Json = { findings: [], notices: [], summary: { baselined: 0 } };
beforeAll(() => {
  dir = copyOfExamples();
  const written = scanJson(dir, ['--update-baseline']);
  expect(written.code).toBe(0);
  expect(written.stderr).toMatch(/wrote plumbline-baseline.json: \d+ findings in \d+ entries/);
  before = written.json;
}, 60_000);

// A fresh copy of examples/ with the baseline, after `change` edits it.
function changedCopy(change: (copy: string) => void): string {
  const copy = copyOfExamples();
  change(copy);
  writeFileSync(join(copy, BASELINE), readFileSync(join(dir, BASELINE)));
  return copy;
}

describe('scan --baseline on examples/', () => {
  it('writes a baseline that makes the next scan exit 0 with every finding unchanged', () => {
    expect(before.findings.length).toBeGreaterThan(10);
    const { json, code } = scanJson(dir);
    expect(code).toBe(0);
    expect(active(json)).toEqual([]);
    expect(json.summary.baselined).toBe(json.findings.length);
    expect(json.notices).toEqual([]);
  });

  it('still exits 0 with nothing new and nothing fixed after two lines are inserted at the top of every file', () => {
    const moved = changedCopy(insertTwoLines);
    const { json, code } = scanJson(moved);
    expect(code).toBe(0);
    expect(active(json)).toEqual([]);
    expect(json.notices).toEqual([]);
    // every finding moved two lines down, max-file-lines included: the match is not by position
    expect(positions(json)).toEqual(before.findings.map((f) => `${f.file}:${f.line + 2} ${f.ruleId}`));
  });

  it('fails on a newly added violation and shows only that one', () => {
    const changed = changedCopy((copy) => {
      insertTwoLines(copy);
      appendFileSync(join(copy, 'python-orders/orders/repository.py'),
        '\n\ndef find_by_email(session, email):\n    return session.execute(text("SELECT * FROM orders WHERE email = \'" + email + "\'"))\n');
    });
    const { json, code } = scanJson(changed);
    expect(code).toBe(1);
    expect(active(json).map((f) => `${f.file} ${f.ruleId} ${f.baselineState ?? ''}`)).toEqual(['python-orders/orders/repository.py parameterized-sql new']);
    const text = plumbline(['scan', '.', '--baseline', BASELINE], changed).stdout;
    expect(text.match(/^ {2}\d+:\d+ /gm)).toHaveLength(1);
    expect(text).toContain('parameterized-sql');
    const sarif = JSON.parse(plumbline(['scan', '.', '--baseline', BASELINE, '--format', 'sarif'], changed).stdout) as { runs: { results: { baselineState: string }[] }[] };
    expect(sarifErrors(sarif)).toEqual([]);
    const states = sarif.runs[0]?.results.map((r) => r.baselineState) ?? [];
    expect(states.filter((s) => s === 'new')).toHaveLength(1);
    expect(states.filter((s) => s === 'unchanged')).toHaveLength(before.findings.length);
  });
});

describe('scan --baseline: fixed entries', () => {
  it('reports a fixed entry, and --prune-baseline drops it', () => {
    const fixed = changedCopy((copy) => {
      const file = join(copy, 'python-orders/orders/routes.py');
      writeFileSync(file, readFileSync(file, 'utf8').replace('except Exception:', 'except ValueError:'));
      rmSync(join(copy, 'go-inventory/internal/inventory/report.go'));
    });
    const { json, code } = scanJson(fixed);
    expect(code).toBe(0);
    expect(json.notices.map((n) => `${n.code} ${n.file}`)).toEqual([
      'baseline-fixed go-inventory/internal/inventory/report.go', 'baseline-fixed python-orders/orders/routes.py',
    ]);
    expect(json.notices[1]?.message).toBe(`1 baselined finding of no-catch-all no longer found (fixed); --prune-baseline drops it from ${BASELINE}.`);
    const pruned = scanJson(fixed, ['--prune-baseline']);
    expect(pruned.stderr).toContain(`wrote ${BASELINE}: ${before.findings.length - 2} findings`);
    expect(scanJson(fixed).json.notices).toEqual([]);
  });
});

describe('scan --baseline: usage errors', () => {
  it('exits 2 with a clear message for a missing or broken baseline, or an update without a file', () => {
    const dir = project({ 'a.py': 'x = 1\n', 'broken.json': '{"version": 1, "findings": 3}' });
    expect(plumbline(['scan', '--update-baseline'], dir)).toMatchObject({ code: 2, stderr: 'plumbline: --update-baseline needs --baseline <file>\n' });
    expect(plumbline(['scan', '--baseline', 'none.json'], dir)).toMatchObject({ code: 2, stderr: 'plumbline: none.json: baseline file not found; write it with --update-baseline\n' });
    expect(plumbline(['scan', '--baseline', 'broken.json'], dir).stderr).toContain('broken.json at fingerprint: expected the fingerprint version');
  });
});

describe('scan --baseline with every rule on', () => {
  it('never copies a secret into the baseline file', () => {
    const dir = copyOfExamples();
    const config = join(dir, 'all-rules.json');
    writeFileSync(config, JSON.stringify({ preset: 'none', rules: Object.fromEntries(catalog.map((rule) => [rule.id, 'warning'])) }));
    const { json } = scanJson(dir, ['--update-baseline', '--config', config]);
    expect(json.findings.filter((f) => f.ruleId === 'no-hardcoded-secrets').length).toBeGreaterThan(3);
    const baseline = readFileSync(join(dir, BASELINE), 'utf8');
    for (const secret of ['Vq7Rw2vLx9TnB4kd', 'ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d', 'AKIAZDOCIS2JHTLGMXGE', 'KdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsMehGAkWv']) {
      expect(baseline).not.toContain(secret.slice(4));
    }
    expect(scanJson(dir, ['--config', config]).code).toBe(0);
  });
});
