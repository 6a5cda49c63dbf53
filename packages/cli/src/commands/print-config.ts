import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { ConfigError, effectiveRules, languageOf, loadConfig, type Preset } from '@plumbline/core';
import { chooseRoot } from '../repo-root.js';
import { withPreset } from '../scan.js';

/** The effective rules and options for one file, as JSON, for `plumbline print-config <file>`. */
export function printConfig(file: string, options: { config?: string; preset?: Preset | 'none' }): string {
  const cwd = process.cwd();
  const path = resolve(cwd, file);
  const language = languageOf(path);
  if (!language) throw new ConfigError(`${file}: not a file Plumbline checks (Python, Go, JavaScript, TypeScript or a configuration file)`);
  const loaded = loadConfig({ configFile: options.config, cwd });
  const config = withPreset(loaded, options.preset);
  // as in a scan: relative to the config's folder, or to the repository for a file outside it
  const fromConfig = relative(loaded.root, path).split(sep).join('/');
  const configRelative = fromConfig.startsWith('../') ? relative(chooseRoot(cwd, [file]), path).split(sep).join('/') : fromConfig;
  const rules = effectiveRules(config, { path: configRelative, language });
  const shown = {
    file: relative(cwd, path).split(sep).join('/'),
    exists: existsSync(path),
    language,
    configFile: loaded.file ? relative(cwd, loaded.file).split(sep).join('/') || loaded.file : null,
    preset: config.preset ?? 'recommended',
    rules: Object.fromEntries(rules.map((rule) => [rule.id, { severity: rule.severity, options: rule.options }])),
  };
  return `${JSON.stringify(shown, null, 2)}\n`;
}
