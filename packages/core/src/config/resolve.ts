import picomatch from 'picomatch';
import { catalog, presetEntry } from '../catalog.js';
import type { RuleMeta } from '../define-rule.js';
import type { Language, Preset } from '../types.js';
import type { Config, EffectiveRule, RuleSetting, RuleSettings } from './types.js';

/** Paths treated as tests unless `testFiles` says otherwise. */
export const DEFAULT_TEST_FILES: readonly string[] = [
  '**/test/**', '**/tests/**', '**/__tests__/**', '**/testdata/**', '**/*_test.go', '**/test_*.py',
  '**/*_test.py', '**/conftest.py', '**/*.test.*', '**/*.spec.*',
];

const matchers = new Map<string, (path: string) => boolean>();

/** Whether a repository-relative path matches any of the globs (dotfiles included). */
export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((glob) => {
    let match = matchers.get(glob);
    if (!match) {
      match = picomatch(glob, { dot: true, basename: !glob.includes('/') });
      matchers.set(glob, match);
    }
    return match(path);
  });
}

type Working = Map<string, { severity: EffectiveRule['severity'] | 'off'; options: Record<string, unknown> }>;

function apply(working: Working, settings: RuleSettings | undefined): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    const rule = catalog.find((r) => r.id === id);
    if (!rule) continue; // validation already rejected unknown ids
    const current = working.get(id) ?? { severity: rule.severity, options: { ...rule.options.defaults } };
    const { severity, options } = normalize(setting);
    working.set(id, { severity: severity ?? (current.severity === 'off' ? rule.severity : current.severity), options: { ...current.options, ...options } });
  }
}

function normalize(setting: RuleSetting): { severity?: EffectiveRule['severity'] | 'off'; options?: Record<string, unknown> } {
  return typeof setting === 'string' ? { severity: setting } : { severity: setting.severity, options: { ...setting.options } };
}

function presetRules(preset: Preset | 'none'): Working {
  const working: Working = new Map();
  if (preset === 'none') return working;
  for (const rule of catalog) {
    const entry = presetEntry(rule, preset);
    if (entry) working.set(rule.id, { severity: entry.severity, options: { ...entry.options } });
  }
  return working;
}

/** Facts about a file that decide which rules apply to it. */
export interface FileFacts {
  readonly path: string; // relative to the config root, forward slashes
  readonly language: Language;
}

/** The rules that apply to one file, with severity and merged options, sorted by id. */
export function effectiveRules(config: Config, file: FileFacts): EffectiveRule[] {
  const working = presetRules(config.preset ?? 'recommended');
  apply(working, config.rules);
  apply(working, config.languages?.[file.language]?.rules);
  const isTest = matchesAny(file.path, config.testFiles ?? DEFAULT_TEST_FILES);
  for (const override of config.overrides ?? []) {
    if (matchesAny(file.path, override.files) && !matchesAny(file.path, override.excludeFiles ?? [])) apply(working, override.rules);
  }
  const byId = new Map<string, RuleMeta>(catalog.map((rule) => [rule.id, rule]));
  return [...working.entries()]
    .filter(([id, rule]) => rule.severity !== 'off' && byId.get(id)?.languages.includes(file.language))
    .filter(([id]) => !isTest || byId.get(id)?.checksTests !== false || explicitlySet(config, id))
    .map(([id, rule]) => ({ id, severity: rule.severity as EffectiveRule['severity'], options: rule.options }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function explicitlySet(config: Config, id: string): boolean {
  return (config.overrides ?? []).some((override) => id in override.rules);
}
