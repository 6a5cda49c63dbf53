import type { RoleGlobs } from '../roles/classify.js';
import type { FileRole } from '../roles/types.js';
import type { Language, Preset, RuleId, SeverityOrOff } from '../types.js';

/** A rule setting as written: a severity, or a severity with options. */
export type RuleSetting = SeverityOrOff | {
  readonly severity?: SeverityOrOff;
  readonly options?: Readonly<Record<string, unknown>>;
  /** The file roles the rule checks, instead of the catalog's default. */
  readonly roles?: readonly FileRole[];
};

/** Rule settings by rule id. */
export type RuleSettings = Readonly<Record<RuleId, RuleSetting>>;

/** Settings that apply to files matching `files` globs. */
export interface Override {
  readonly files: readonly string[];
  readonly excludeFiles?: readonly string[];
  readonly rules: RuleSettings;
}

/** The contents of plumbline.config.json, after validation. */
export interface Config {
  readonly preset?: Preset | 'none';
  readonly rules?: RuleSettings;
  readonly languages?: Partial<Record<Language, { readonly rules?: RuleSettings }>>;
  readonly overrides?: readonly Override[];
  readonly ignore?: readonly string[];
  /** Globs that give files a role, over the built-in inference. */
  readonly roles?: RoleGlobs;
  /** Deprecated: globs of test files; the same as `roles.test`. */
  readonly testFiles?: readonly string[];
  readonly reportUnusedSuppressions?: boolean;
}

/** A configuration as loaded: what the file said and where it was. */
export interface LoadedConfig {
  readonly config: Config;
  readonly file?: string; // absolute path, absent for the built-in default
  readonly root: string; // directory that config globs are relative to
}

/** A rule as it applies to one file. */
export interface EffectiveRule {
  readonly id: RuleId;
  readonly severity: Exclude<SeverityOrOff, 'off'>;
  readonly options: Readonly<Record<string, unknown>>;
}
