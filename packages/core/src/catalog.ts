import type { RuleMeta } from './define-rule.js';
import { LANGUAGE_NAMES } from './languages.js';
import { catalog } from './rules/index.js';
import type { Language, Preset, RuleId, Severity } from './types.js';

export { catalog };

/** The metadata of one rule, or undefined for an unknown id. */
export function findRule(id: RuleId): RuleMeta | undefined {
  return catalog.find((rule) => rule.id === id);
}

/** A rule as a preset enables it: severity and options over the rule's defaults. */
export interface PresetRule {
  readonly severity: Severity;
  readonly options: Readonly<Record<string, unknown>>;
}

/** The languages a preset covers of a rule (all of the rule's languages unless the entry names some). */
export function presetLanguages(rule: RuleMeta, preset: Preset): readonly Language[] {
  const entry = rule.presets[preset] ?? (preset === 'strict' ? rule.presets.recommended : undefined);
  if (!entry || rule.status !== 'stable') return [];
  return entry === true || !entry.languages ? rule.languages : entry.languages;
}

/**
 * What a preset turns on for a rule (in one language, when given), or undefined when the rule
 * is not in it; a rule is in a preset when it is in it for at least one language.
 */
export function presetEntry(rule: RuleMeta, preset: Preset, language?: Language): PresetRule | undefined {
  const own = rule.presets[preset];
  // strict includes recommended
  const entry = own ?? (preset === 'strict' ? rule.presets.recommended : undefined);
  if (!entry || rule.status !== 'stable') return undefined;
  const covered = presetLanguages(rule, preset);
  if (language ? !covered.includes(language) : covered.length === 0) return undefined;
  const overrides = entry === true ? {} : entry;
  return {
    severity: overrides.severity ?? rule.severity,
    options: { ...rule.options.defaults, ...overrides.options },
  };
}

/** The presets a rule is in, each with the languages it covers when not all: `recommended (Python, Go)`. */
export function presetNames(rule: RuleMeta): string[] {
  return (['recommended', 'strict'] as const).filter((preset) => presetEntry(rule, preset)).map((preset) => {
    const covered = presetLanguages(rule, preset);
    return covered.length === rule.languages.length ? preset : `${preset} (${covered.map((language) => LANGUAGE_NAMES[language]).join(', ')})`;
  });
}
