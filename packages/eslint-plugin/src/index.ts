// @plumbline/eslint-plugin: Plumbline's rules for JavaScript and TypeScript, with presets.
import { readFileSync } from 'node:fs';
import type { Preset } from '@plumbline/core/types';
import type { ESLint, Linter } from 'eslint';
import { presetConfig } from './configs.js';
import { rules } from './rules/index.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The plugin as ESLint loads it: metadata, rules keyed by id, and flat-config presets. */
export interface PlumblinePlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: typeof rules;
  readonly configs: Record<Preset, Linter.Config>;
}

const configs = {} as Record<Preset, Linter.Config>;
const plugin: PlumblinePlugin = {
  meta: { name: '@plumbline/eslint-plugin', version },
  rules,
  configs,
};
configs.recommended = presetConfig('recommended', plugin);
configs.strict = presetConfig('strict', plugin);

/** `import plumbline from '@plumbline/eslint-plugin'`, then `extends: [plumbline.configs.recommended]`. */
export default plugin;

export { collectRelated, relatedKey, type RelatedPlace } from './related.js';
