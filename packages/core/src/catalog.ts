import type { RuleMeta } from './define-rule.js';
import { catalog } from './rules/index.js';
import type { Preset, RuleId, Severity } from './types.js';

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

/** What a preset turns on for a rule, or undefined when the rule is not in it. */
export function presetEntry(rule: RuleMeta, preset: Preset): PresetRule | undefined {
  const own = rule.presets[preset];
  // strict includes recommended
  const entry = own ?? (preset === 'strict' ? rule.presets.recommended : undefined);
  if (!entry || rule.status !== 'stable') return undefined;
  const overrides = entry === true ? {} : entry;
  return {
    severity: overrides.severity ?? rule.severity,
    options: { ...rule.options.defaults, ...overrides.options },
  };
}
