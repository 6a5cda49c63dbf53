import { languageOf } from '@plumbline/core';
import { describe, expect, it } from 'vitest';

describe('languageOf for configuration files', () => {
  it.each([
    ['.env', 'dotenv'], ['deploy/.env.production', 'dotenv'], ['.env.local', 'dotenv'], ['.env.example', 'dotenv'],
    ['docker/app.env', 'dotenv'], ['docker-compose.yml', 'yaml'], ['compose.override.yaml', 'yaml'],
    ['config/settings.json', 'json'], ['pyproject.toml', 'toml'], ['alembic.ini', 'ini'], ['setup.cfg', 'ini'],
    ['src/main/resources/application.properties', 'properties'], ['.envrc', undefined], ['.environment', undefined],
  ])('%s is %s', (path, language) => {
    expect(languageOf(path)).toBe(language);
  });

  it.each(['package-lock.json', 'web/npm-shrinkwrap.json', 'pnpm-lock.yaml', 'packages.lock.json', 'yarn.lock', 'poetry.lock', 'Cargo.lock', 'go.sum', 'composer.lock'])(
    'never scans the lockfile %s',
    (path) => {
      expect(languageOf(path)).toBeUndefined();
    },
  );
});
