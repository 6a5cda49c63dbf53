import { catalog, presetEntry } from '../catalog.js';
import type { RuleMeta } from '../define-rule.js';
import type { RoleGlobs } from '../roles/classify.js';
import type { FileRole } from '../roles/types.js';
import type { Language, Preset } from '../types.js';
import type { Config, EffectiveRule, RuleSetting, RuleSettings } from './types.js';

import { matchesAny } from './globs.js';

export { matchesAny };

// `roles: 'any'` comes from an override that names the rule for some files without `roles`:
// it targets those files by path, whatever their role.
type WorkingRule = { severity: EffectiveRule['severity'] | 'off'; options: Record<string, unknown>; roles?: readonly FileRole[] | 'any' };
type Working = Map<string, WorkingRule>;

function apply(working: Working, settings: RuleSettings | undefined, byPath = false): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    const rule = catalog.find((r) => r.id === id);
    if (!rule) continue; // validation already rejected unknown ids
    const current = working.get(id) ?? { severity: rule.severity, options: { ...rule.options.defaults } };
    const { severity, options, roles } = normalize(setting);
    working.set(id, {
      severity: severity ?? (current.severity === 'off' ? rule.severity : current.severity),
      options: { ...current.options, ...options },
      roles: roles ?? (byPath ? 'any' : current.roles),
    });
  }
}

function normalize(setting: RuleSetting): Omit<WorkingRule, 'severity' | 'options'> & { severity?: WorkingRule['severity']; options?: Record<string, unknown> } {
  return typeof setting === 'string' ? { severity: setting } : { severity: setting.severity, options: { ...setting.options }, roles: setting.roles };
}

function presetRules(preset: Preset | 'none', language: Language): Working {
  const working: Working = new Map();
  if (preset === 'none') return working;
  for (const rule of catalog) {
    const entry = presetEntry(rule, preset, language);
    if (entry) working.set(rule.id, { severity: entry.severity, options: { ...entry.options } });
  }
  return working;
}

/** Facts about a file that decide which rules apply to it. */
export interface FileFacts {
  readonly path: string; // relative to the config root, forward slashes
  readonly language: Language;
  /** The file's role (see roles/classify.ts); `source` when not given. */
  readonly role?: FileRole;
}

/** The role globs of a configuration: `roles`, with the deprecated `testFiles` added to `roles.test`. */
export function roleGlobsOf(config: Config): RoleGlobs {
  if (!config.testFiles) return config.roles ?? {};
  return { ...config.roles, test: [...(config.roles?.test ?? []), ...config.testFiles] };
}

const byId = new Map<string, RuleMeta>(catalog.map((rule) => [rule.id, rule]));

function checksRole(rule: WorkingRule, meta: RuleMeta | undefined, role: FileRole): boolean {
  if (role === 'generated' || !meta) return false;
  const roles = rule.roles ?? meta.roles;
  return roles === 'any' || roles.includes(role);
}

/** The rules that apply to one file, with severity and merged options, sorted by id. */
export function effectiveRules(config: Config, file: FileFacts): EffectiveRule[] {
  const working = presetRules(config.preset ?? 'recommended', file.language);
  apply(working, config.rules);
  apply(working, config.languages?.[file.language]?.rules);
  for (const override of config.overrides ?? []) {
    if (matchesAny(file.path, override.files) && !matchesAny(file.path, override.excludeFiles ?? [])) apply(working, override.rules, true);
  }
  const role = file.role ?? 'source';
  return [...working.entries()]
    .filter(([id, rule]) => rule.severity !== 'off' && byId.get(id)?.languages.includes(file.language))
    .filter(([id, rule]) => checksRole(rule, byId.get(id), role))
    .map(([id, rule]) => ({ id, severity: rule.severity as EffectiveRule['severity'], options: rule.options }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
