import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mixedFiles } from './corpus.js';
import { longPythonFunction, plumbline, project } from './run.js';

const CACHE = 'node_modules/.cache/plumbline';

function cacheFile(dir: string, folder = CACHE): string {
  const names = readdirSync(join(dir, folder)).filter((name) => name.endsWith('.json'));
  expect(names).toHaveLength(1);
  return join(dir, folder, names[0]!);
}

interface CacheData { format: string; entries: Record<string, { key: string; outcome: { findings: { message: string }[] } }> }
const readCache = (file: string): CacheData => JSON.parse(readFileSync(file, 'utf8')) as CacheData;

const scanJson = (dir: string, ...args: string[]): string => {
  const run = plumbline(['scan', '--jobs', '1', '-f', 'json', ...args], dir);
  expect(run.stderr).toBe('');
  return run.stdout;
};

describe('the results cache', { timeout: 180_000 }, () => {
  it('gives a warm scan the output of a fresh one, suppressions and notices included', () => {
    const dir = project(mixedFiles(3));
    const fresh = scanJson(dir, '--no-cache');
    expect(() => readdirSync(join(dir, CACHE))).toThrow(); // --no-cache writes nothing
    expect(scanJson(dir)).toBe(fresh); // cold: fills the cache
    expect(Object.keys(readCache(cacheFile(dir)).entries)).toContain('py/mod_0.py');
    expect(scanJson(dir)).toBe(fresh); // warm
    expect(scanJson(dir, '--sarif-include-suppressed', '--jobs', '3')).toBe(fresh);
  });

  it('answers from the cache while the key matches, and checks again when the file, the config or the rules change', () => {
    const dir = project({ 'a.py': longPythonFunction('f', 60), 'b.py': 'x = 1\n' });
    scanJson(dir);
    const file = cacheFile(dir);
    const data = readCache(file);
    data.entries['a.py']!.outcome.findings[0]!.message = 'served from the cache';
    writeFileSync(file, JSON.stringify(data));
    expect(scanJson(dir)).toContain('served from the cache');
    expect(scanJson(dir, '--preset', 'recommended')).not.toContain('served from the cache');
    writeFileSync(join(dir, 'plumbline.config.json'), '{"rules":{"max-function-lines":{"severity":"warning","options":{"max":70}}}}');
    expect(scanJson(dir)).not.toContain('max-function-lines');
    writeFileSync(join(dir, 'plumbline.config.json'), '{"preset":"strict"}');
    writeFileSync(join(dir, 'a.py'), longPythonFunction('f', 61));
    expect(scanJson(dir)).toContain('has 63 code lines');
  });

  it('ignores and rewrites a corrupt, foreign or damaged cache file', () => {
    const dir = project(mixedFiles(1));
    const fresh = scanJson(dir);
    const file = cacheFile(dir);
    const damaged = readCache(file);
    (damaged.entries['py/mod_0.py']!.outcome as unknown as { findings: unknown }).findings = 'not a list';
    for (const content of ['{"entries": {', '\u0000\u0001binary', '{"format":"something-else","entries":{}}', '[1,2,3]', JSON.stringify(damaged)]) {
      writeFileSync(file, content);
      expect(scanJson(dir)).toBe(fresh);
      expect(readCache(file).format).toBe('plumbline-results-cache');
      expect(readCache(file).entries['py/mod_0.py']?.outcome.findings.length).toBeGreaterThan(0);
    }
  });

  it('goes to --cache-location, and warns but scans when the cache cannot be written', () => {
    const dir = project({ 'a.py': longPythonFunction('f', 60), 'blocker': 'a file where a folder should be' });
    const fresh = scanJson(dir, '--no-cache');
    expect(scanJson(dir, '--cache-location', 'tmp/cache')).toBe(fresh);
    expect(Object.keys(readCache(cacheFile(dir, 'tmp/cache')).entries)).toEqual(['a.py']);
    const run = plumbline(['scan', '--jobs', '1', '-f', 'json', '--cache-location', 'blocker/cache'], dir);
    expect(run.stdout).toBe(fresh);
    expect(run.stderr).toMatch(/^plumbline: warning: cannot write the results cache .*blocker\/cache/);
    expect(run.code).toBe(0);
  });
});
