import type { FileRole } from './roles/types.js';
import type { Language, Precision, Preset, RuleId, Severity } from './types.js';

/** A JSON schema fragment, as used for rule options and configuration. */
export type JsonSchema = { readonly [key: string]: unknown };

/** Whether and how a rule joins a preset: `true` with its defaults, an object with overrides. */
export type PresetEntry<Options> = boolean | {
  readonly severity?: Severity;
  readonly options?: Partial<Options>;
  /** Only these languages (JS and TS together or neither): where real-code precision was measured at the preset's bar. */
  readonly languages?: readonly Language[];
};

/** Where a rule stands in its life. */
export type RuleStatus = 'stable' | 'preview' | 'deprecated';

/** Everything known about a rule, defined once in core and read by every engine and output. */
export interface RuleMeta<Options extends object = object> {
  readonly id: RuleId;
  readonly description: string;
  readonly rationale: string;
  readonly category: 'security' | 'reliability' | 'performance' | 'maintainability' | 'style';
  readonly severity: Severity;
  readonly precision: Precision;
  readonly status: RuleStatus;
  readonly since: string;
  readonly languages: readonly Language[];
  readonly cwe: readonly string[];
  readonly securitySeverity?: number;
  readonly tags?: readonly string[];
  readonly presets: Partial<Record<Preset, PresetEntry<Options>>>;
  readonly replacedBy?: readonly RuleId[];
  /** The file roles the rule checks unless configured otherwise (`generated` never). */
  readonly roles: readonly FileRole[];
  /** True when a finding is about the whole file (its length) wherever it is shown: fingerprints match it by file. */
  readonly wholeFile?: boolean;
  readonly messages: Readonly<Record<string, string>>;
  readonly options: { readonly defaults: Options; readonly schema: JsonSchema };
}

const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const DESCRIPTION = /^[A-Z][^.]*[^.\s]$/;

/** Checks a rule definition's invariants and returns it with its option type kept. */
export function defineRule<Options extends object>(meta: RuleMeta<Options>): RuleMeta<Options> {
  if (!RULE_ID.test(meta.id)) throw new Error(`Rule id "${meta.id}" must be kebab-case`);
  if (!DESCRIPTION.test(meta.description)) throw new Error(`Rule ${meta.id}: description must start upper-case and have no final period`);
  if (meta.status === 'preview' && Object.values(meta.presets).some(Boolean)) {
    throw new Error(`Rule ${meta.id}: preview rules join no preset`);
  }
  for (const entry of Object.values(meta.presets)) {
    const languages = typeof entry === 'object' ? entry.languages : undefined;
    if (languages && languages.includes('javascript') !== languages.includes('typescript')) {
      throw new Error(`Rule ${meta.id}: a preset's languages list JavaScript and TypeScript together or neither (ESLint presets cover both)`);
    }
  }
  if (meta.roles.length === 0 || meta.roles.includes('generated')) throw new Error(`Rule ${meta.id}: roles must be non-empty and never include generated`);
  if (meta.status === 'deprecated' && !meta.replacedBy) throw new Error(`Rule ${meta.id}: deprecated rules name replacedBy`);
  if (meta.category === 'security' && meta.securitySeverity === undefined) {
    throw new Error(`Rule ${meta.id}: security rules need securitySeverity`);
  }
  return Object.freeze(meta);
}
