// plumbline scan over configuration files: .env, compose, JSON, TOML, INI, properties, lockfiles.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plumbline, project } from './run.js';

const CONFIG = JSON.stringify({ preset: 'none', rules: { 'no-hardcoded-secrets': 'error' } });
const PASSWORD = 'Kd4Wq9Zr2Lx7Vn3B';
const STRIPE = 'sk_live_9Hc2LqW7xZp4Tn8Rv3Kb6YdM';

const FILES = {
  'plumbline.config.json': CONFIG,
  '.env': `PORT=3000\nexport DB_PASSWORD="${PASSWORD}"\nSMTP_PASSWORD=changeme\n`,
  'docker-compose.yml': `services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=${PASSWORD}\n      - API_PASSWORD=\${API_PASSWORD}\n`,
  'config.json': `{\n  "stripe": {\n    "secretKey": "${STRIPE}"\n  }\n}\n`,
  'settings.toml': `[database]\npassword = "${PASSWORD}"\n`,
  'app.ini': `[mail]\n; plumbline-ignore-next-line no-hardcoded-secrets -- sandbox account\nsmtp_password = ${PASSWORD}\napi_key = ${PASSWORD}\n`,
  'src/main/resources/application.properties': `spring.datasource.password: ${PASSWORD}\n`,
  'package-lock.json': `{\n  "packages": {\n    "node_modules/a": {\n      "integrity": "sha512-${'A'.repeat(86)}==",\n      "_authToken": "${STRIPE}"\n    }\n  }\n}\n`,
  'pnpm-lock.yaml': `packages:\n  a@1.0.0:\n    resolution: {integrity: sha512-${'B'.repeat(86)}==}\n    password: ${PASSWORD}\n`,
};

interface Json {
  findings: { file: string; line: number; column: number; ruleId: string; message: string; suppression?: unknown }[];
  notices: { code: string; file?: string; line?: number }[];
}

describe('plumbline scan of configuration files', { timeout: 120_000 }, () => {
  it('reports secrets at their line and column in each format and never reads lockfiles', () => {
    const run = plumbline(['scan', '--format', 'json'], project(FILES));
    const json = JSON.parse(run.stdout) as Json;
    expect(json.notices).toEqual([]);
    const active = json.findings.filter((f) => !f.suppression).map((f) => `${f.file}:${f.line}:${f.column}`);
    expect(active).toEqual([
      '.env:2:21', 'app.ini:4:11', 'config.json:3:19', 'docker-compose.yml:4:27', 'settings.toml:2:13',
      'src/main/resources/application.properties:1:29',
    ]);
    expect(json.findings.filter((f) => f.suppression).map((f) => `${f.file}:${f.line}`)).toEqual(['app.ini:3']);
    expect(run.code).toBe(1);
  });

  it('never prints a secret of a config file in full', () => {
    const dir = project(FILES);
    for (const format of ['json', 'sarif', 'stylish']) {
      const run = plumbline(['scan', '--format', format], dir);
      expect(run.stdout).not.toContain(PASSWORD);
      expect(run.stdout).not.toContain(STRIPE);
    }
  });

  it('gives a broken YAML file a parse-error notice with its line and goes on (exit code from findings only)', () => {
    const dir = project({ 'plumbline.config.json': CONFIG, 'compose.yaml': 'services:\n  db:\n    image: [postgres\n  x: 1\n', 'settings.toml': 'title = "x"\n' });
    const run = plumbline(['scan', '--format', 'json'], dir);
    const json = JSON.parse(run.stdout) as Json;
    expect(json.findings).toEqual([]);
    expect(json.notices).toEqual([expect.objectContaining({ code: 'parse-error', file: 'compose.yaml', line: 4 })]);
    expect(run.code).toBe(0);
    writeFileSync(join(dir, '.env'), `DB_PASSWORD=${PASSWORD}\n`);
    expect(plumbline(['scan', '--format', 'json'], dir).code).toBe(1);
  });

  it('does not read config files when no enabled rule checks them', () => {
    const run = plumbline(['scan', '--format', 'json', '--preset', 'none'], project({ '.env': `DB_PASSWORD=${PASSWORD}\n`, 'broken.json': '{' }));
    expect(JSON.parse(run.stdout)).toMatchObject({ findings: [], notices: [] });
  });
});
