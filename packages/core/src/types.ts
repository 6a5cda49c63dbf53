// Plain data shared by every engine, formatter and the CLI.

/** Languages Plumbline checks in source code. */
export type CodeLanguage = 'javascript' | 'typescript' | 'python' | 'go';
/** Configuration file formats Plumbline checks (`.env`, YAML, JSON, TOML, INI, Java properties). */
export type ConfigLanguage = 'dotenv' | 'yaml' | 'json' | 'toml' | 'ini' | 'properties';
/** Every kind of file Plumbline checks: source code and configuration files. */
export type Language = CodeLanguage | ConfigLanguage;
/** Every configuration format id, in a stable order. */
export const CONFIG_LANGUAGES: readonly ConfigLanguage[] = ['dotenv', 'yaml', 'json', 'toml', 'ini', 'properties'];
/** Every language id, in a stable order. */
export const LANGUAGES: readonly Language[] = ['javascript', 'typescript', 'python', 'go', ...CONFIG_LANGUAGES];

/** How serious a finding is; `off` disables a rule in configuration. */
export type Severity = 'error' | 'warning' | 'note';
/** A severity or `off`, as written in configuration. */
export type SeverityOrOff = Severity | 'off';

/** A rule id in kebab-case, the one name a rule has everywhere. */
export type RuleId = string;

/** How often a finding of a rule is right. */
export type Precision = 'very-high' | 'high' | 'medium' | 'low';

/** Named rule sets; `strict` includes `recommended`. */
export type Preset = 'recommended' | 'strict';

/** A 1-based range in a file; columns count UTF-16 code units, end column is exclusive. */
export interface Location {
  readonly file: string; // repository-relative, forward slashes
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message?: string; // what this place is, for related locations
}

/** Why a finding is not counted: an inline comment with its reason. */
export interface Suppression {
  readonly kind: 'inSource';
  readonly justification: string;
}

/** One problem found by one rule in one place. */
export interface Finding {
  readonly ruleId: RuleId;
  readonly messageId: string;
  readonly message: string;
  readonly severity: Severity;
  readonly location: Location;
  readonly related?: readonly Location[];
  readonly suppression?: Suppression;
  /** Stable id of what this finding flags, shared by identical findings in one file; set by the scan. */
  readonly fingerprint?: string;
  /** 1-based rank among this file's findings with the same fingerprint, in location order. */
  readonly occurrence?: number;
  /** Set when a scan is compared with a baseline: whether the baseline already holds this finding. */
  readonly baselineState?: BaselineState;
}

/** A finding's state against a baseline: `new`, or `unchanged` (already in the baseline). */
export type BaselineState = 'new' | 'unchanged';

/** Something about a file or the run that is not a rule finding (unreadable file, parse error). */
export interface Notice {
  readonly level: 'error' | 'warning' | 'note';
  readonly code: NoticeCode;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

/** Stable ids of notices, documented in docs/cli.md. */
export type NoticeCode =
  | 'binary-file' | 'invalid-utf8' | 'unreadable-file' | 'file-too-large' | 'parse-error'
  | 'too-deeply-nested' | 'symlink-loop' | 'missing-path' | 'engine-error' | 'no-files'
  | 'suppression-without-reason' | 'unused-suppression' | 'result-limit' | 'ignored-path' | 'baseline-fixed' | 'file-timeout'
  | 'special-file' | 'too-many-findings';
