// Presets computed from the core catalog when the plugin loads; never hand-written.
import { catalog, presetEntry } from '@plumbline/core/catalog';
import { isEcmaScript } from '@plumbline/core/languages';
import type { Preset, Severity } from '@plumbline/core/types';
import type { ESLint, Linter } from 'eslint';

/** The files a preset applies to: every JavaScript and TypeScript extension. */
export const PRESET_FILES: readonly string[] = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

const SEVERITY = { error: 'error', warning: 'warn', note: 'warn' } satisfies Record<Severity, Linter.StringSeverity>;

/** The ESLint rule entries a preset turns on: `'@plumbline/<id>': [severity, options]`. */
export function presetRules(preset: Preset): Linter.RulesRecord {
  const ecmaScriptRules = catalog.filter((rule) => rule.languages.some(isEcmaScript));
  return Object.fromEntries(ecmaScriptRules.flatMap((rule) => {
    const entry = presetEntry(rule, preset, 'typescript');
    return entry ? [[`@plumbline/${rule.id}`, [SEVERITY[entry.severity], entry.options]]] : [];
  }));
}

/** A preset as a flat-config object that also registers the plugin under `@plumbline`. */
export function presetConfig(preset: Preset, plugin: ESLint.Plugin): Linter.Config {
  return { name: `plumbline/${preset}`, files: [...PRESET_FILES], plugins: { '@plumbline': plugin }, rules: presetRules(preset) };
}
