// A small repository with something to report in every language, for tests that compare whole
// outputs between ways of running a scan (jobs, cache, shards).
import { longGoFunction, longPythonFunction, longTsFunction } from './run.js';

/** `count` groups of files: findings, suppressions, an unused suppression and a syntax error in each language. */
export function mixedFiles(count: number): Record<string, string> {
  const files: Record<string, string> = {
    'plumbline.config.json': JSON.stringify({ preset: 'strict', rules: { 'no-hardcoded-secrets': 'error' } }),
    'deploy/.env': 'DB_PASSWORD=Xk29vLq0pW7zRt\n',
    'broken/bad.py': 'def f(:\n',
    'broken/bad.go': 'package x\nfunc {\n',
    'broken/bad.ts': 'export const = ;\n',
  };
  for (let i = 0; i < count; i += 1) {
    files[`py/mod_${i}.py`] = `${longPythonFunction(`handle_${i}`, 50 + (i % 5))}\ndef run_${i}(conn, x):\n    try:\n        conn.execute("SELECT * FROM t WHERE id = " + x)\n    except:\n        pass\n`;
    files[`go/file${i}.go`] = longGoFunction(`handle${i}`, 48 + (i % 6)).replace('package main', `package main\n\n// plumbline-ignore-file max-function-lines -- reviewed ${i}`);
    files[`ts/part-${i}.ts`] = `${longTsFunction(`part${i}`, 49 + (i % 4))}\nexport function q${i}(db: any, id: string) { return db.query("SELECT * FROM t WHERE id = " + id); } // plumbline-ignore no-catch-all -- unused\n`;
  }
  return files;
}
