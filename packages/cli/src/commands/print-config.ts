import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { classifyFile, ConfigError, effectiveRules, languageOf, loadConfig, type Preset, roleGlobsOf } from '@plumbline/core';
import { DEFAULT_MAX_FILE_BYTES, readSource } from '../read-source.js';
import { chooseRoot } from '../repo-root.js';
import { withPreset } from '../scan.js';

// The text the role is decided from; a file the scan skips as generated is read anyway.
function textForRole(path: string): string | undefined {
  const read = readSource(path);
  if ('text' in read) return read.text;
  return 'skip' in read ? readFileSync(path, 'utf8').slice(0, DEFAULT_MAX_FILE_BYTES) : undefined;
}

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
  const text = existsSync(path) ? textForRole(path) : undefined;
  const { role, reason } = classifyFile({ path: configRelative, language, text }, roleGlobsOf(config));
  const rules = effectiveRules(config, { path: configRelative, language, role });
  const shown = {
    file: relative(cwd, path).split(sep).join('/'),
    exists: existsSync(path),
    language,
    role,
    roleReason: reason,
    configFile: loaded.file ? relative(cwd, loaded.file).split(sep).join('/') || loaded.file : null,
    preset: config.preset ?? 'recommended',
    rules: Object.fromEntries(rules.map((rule) => [rule.id, { severity: rule.severity, options: rule.options }])),
  };
  return `${JSON.stringify(shown, null, 2)}\n`;
}
