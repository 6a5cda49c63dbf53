import { catalog, presetEntry } from '@plumbline/core';
import { describe, expect, it } from 'vitest';
import { longPythonFunction, plumbline, project } from './run.js';

const long = longPythonFunction('f', 60);

describe('plumbline scan: configuration', () => {
  it('rejects an unknown rule id with exit 2, the file and the JSON path', () => {
    const run = plumbline(['scan'], project({ 'a.py': long, 'plumbline.config.json': '{"rules":{"max-lines":"error"}}' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('plumbline.config.json at rules["max-lines"]: unknown rule id');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('rejects a bad option value and names what was expected', () => {
    const run = plumbline(['scan'], project({ 'a.py': long, 'plumbline.config.json': '{"rules":{"max-function-lines":{"options":{"max":"ten"}}}}' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('at rules["max-function-lines"].options.max: expected a value that must be integer');
  });

  it('points at the line and column of a JSON syntax error', () => {
    const run = plumbline(['scan'], project({ 'a.py': long, 'plumbline.config.json': '{\n  "rules": {,}\n}' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/plumbline\.config\.json: invalid JSON at line 2, column \d+/);
  });

  it('reports a missing --config file', () => {
    const run = plumbline(['scan', '--config', 'nope.json'], project({ 'a.py': long }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nope.json: config file not found');
  });

});

describe('plumbline scan: configuration that applies', () => {
  it('applies options, per-language settings, overrides and ignore patterns', () => {
    const config = {
      rules: { 'max-function-lines': { options: { max: 70 } } },
      languages: { go: { rules: { 'max-function-lines': 'off' } } },
      overrides: [{ files: ['legacy/**'], rules: { 'max-function-lines': { options: { max: 10 } } } }],
      ignore: ['skipped/'],
    };
    const dir = project({
      'a.py': long, 'legacy/b.py': longPythonFunction('g', 20), 'skipped/c.py': long, 'plumbline.config.json': JSON.stringify(config),
    });
    const json = JSON.parse(plumbline(['scan', '--format', 'json'], dir).stdout) as { findings: { file: string }[] };
    expect(json.findings.map((f) => f.file)).toEqual(['legacy/b.py']);
  });

  it('print-config shows the effective rules for a file', () => {
    const dir = project({ 'legacy/b.py': 'x = 1\n', 'plumbline.config.json': '{"overrides":[{"files":["legacy/**"],"rules":{"max-file-lines":{"severity":"error","options":{"max":300}}}}]}' });
    const run = plumbline(['print-config', 'legacy/b.py'], dir);
    expect(run.code).toBe(0);
    const shown = JSON.parse(run.stdout) as { language: string; rules: Record<string, { severity: string; options: { max: number } }> };
    expect(shown.language).toBe('python');
    expect(shown.rules['max-file-lines']).toEqual({ severity: 'error', options: { max: 300, skipBlankLines: true, skipComments: true, skipDeclarationFiles: true } });
    // the recommended rules for Python, and max-file-lines, which the override turns on with a severity
    const expected = catalog.filter((r) => presetEntry(r, 'recommended', 'python') || r.id === 'max-file-lines');
    expect(Object.keys(shown.rules)).toEqual(expected.map((r) => r.id));
  });

  it('matches test files and overrides of a config outside the tree by repository-relative path', () => {
    const swallow = 'def load():\n    try:\n        return 1\n    except Exception:\n        pass\n';
    const shared = project({ 'plumbline.json': '{"preset":"strict","overrides":[{"files":["legacy/**"],"rules":{"max-file-lines":{"options":{"max":1}}}}]}' });
    const dir = project({ 'tests/test_orders.py': swallow, 'app/orders.py': swallow, 'legacy/b.py': 'def f():\n    return 2\n' });
    const run = plumbline(['scan', '--format', 'json', '--config', `${shared}/plumbline.json`], dir);
    const json = JSON.parse(run.stdout) as { findings: { file: string; ruleId: string }[] };
    expect(json.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['app/orders.py no-catch-all', 'legacy/b.py max-file-lines']);
  });

  it('exits 2 with usage help for an unknown option or format', () => {
    const dir = project({});
    const unknown = plumbline(['scan', '--frobnicate'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--frobnicate'");
    expect(plumbline(['scan', '--format', 'xml'], dir).code).toBe(2);
  });
});
