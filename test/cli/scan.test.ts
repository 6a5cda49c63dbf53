import { describe, expect, it } from 'vitest';
import { longGoFunction, longPythonFunction, longTsFunction, plumbline, project } from './run.js';

const repo = (): string => project({
  'app/orders.py': longPythonFunction('create_order', 55),
  'svc/main.go': longGoFunction('handle', 55),
  'web/billing.ts': longTsFunction('charge', 55),
  'web/ok.js': 'export const add = (a, b) => a + b;\n',
});

describe('plumbline scan: finding and exit codes', () => {
  it('reports size findings in every language, grouped by file, and exits 0 for warnings', () => {
    const run = plumbline(['scan'], repo());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const file of ['app/orders.py', 'svc/main.go', 'web/billing.ts']) expect(run.stdout).toContain(file);
    expect(run.stdout.match(/max-function-lines/g)).toHaveLength(3);
    expect(run.stdout).toContain('Function create_order has 57 code lines; the limit is 50');
    expect(run.stdout).not.toContain('web/ok.js');
  });

  it('exits 1 when warnings exceed --max-warnings', () => {
    expect(plumbline(['scan', '--max-warnings', '2'], repo()).code).toBe(1);
    expect(plumbline(['scan', '--max-warnings', '3'], repo()).code).toBe(0);
  });

  it('exits 1 for error-level findings set in the config', () => {
    const dir = project({ 'a.py': longPythonFunction('f', 60), 'plumbline.config.json': '{"rules":{"max-function-lines":"error"}}' });
    const run = plumbline(['scan'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error/);
  });

  it('--quiet shows errors only', () => {
    const run = plumbline(['scan', '--quiet'], repo());
    expect(run.stdout).not.toContain('max-function-lines');
  });

  it('gives the same output whatever order files were created in', () => {
    const a = project({ 'z.py': longPythonFunction('f', 60), 'a.py': longPythonFunction('g', 60) });
    const b = project({ 'a.py': longPythonFunction('g', 60), 'z.py': longPythonFunction('f', 60) });
    const outA = plumbline(['scan', '--format', 'json'], a).stdout;
    expect(outA).toBe(plumbline(['scan', '--format', 'json'], b).stdout);
    expect(outA.indexOf('"a.py"')).toBeLessThan(outA.indexOf('"z.py"'));
  });

  it('colors stylish output only when asked or on a terminal', () => {
    expect(plumbline(['scan'], repo()).stdout).not.toContain('\u001b[');
    expect(plumbline(['scan', '--color'], repo()).stdout).toContain('\u001b[');
  });
});
