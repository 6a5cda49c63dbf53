// The subset of SARIF 2.1.0 that Plumbline writes. Objects are built with their keys in
// output order; optional keys left undefined are dropped by JSON.stringify.

/** A SARIF message: plain text, optionally Markdown. */
export interface SarifMessage {
  readonly text: string;
  readonly markdown?: string;
}

/** A 1-based region; columns in UTF-16 code units, end column exclusive. */
export interface SarifRegion {
  readonly startLine: number;
  readonly startColumn?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/** A place in a file under `%SRCROOT%`. */
export interface SarifLocation {
  readonly id?: number;
  readonly physicalLocation: {
    readonly artifactLocation: { readonly uri: string; readonly uriBaseId: string };
    readonly region?: SarifRegion;
  };
  readonly message?: SarifMessage;
}

/** A rule, as a SARIF reporting descriptor in `tool.driver.rules`. */
export interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: SarifMessage;
  readonly fullDescription: SarifMessage;
  readonly help: SarifMessage;
  readonly helpUri: string;
  readonly defaultConfiguration: { readonly level: SarifLevel };
  readonly properties: {
    readonly tags: readonly string[];
    readonly precision: string;
    readonly 'problem.severity': string;
    readonly 'security-severity'?: string;
  };
}

/** SARIF result and notification levels Plumbline uses. */
export type SarifLevel = 'error' | 'warning' | 'note';

/** An in-source suppression with its reason. */
export interface SarifSuppression {
  readonly kind: 'inSource';
  readonly justification?: string;
}

/** One finding as a SARIF result. */
export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex?: number;
  readonly level: SarifLevel;
  readonly message: SarifMessage;
  readonly locations: readonly SarifLocation[];
  readonly relatedLocations?: readonly SarifLocation[];
  readonly partialFingerprints?: Readonly<Record<string, string>>;
  readonly baselineState?: 'new' | 'unchanged';
  readonly suppressions?: readonly SarifSuppression[];
}

/** A tool execution notification: a notice, or an output limit that was hit. */
export interface SarifNotification {
  readonly descriptor: { readonly id: string };
  readonly level: SarifLevel;
  readonly message: SarifMessage;
  readonly locations?: readonly SarifLocation[];
}

/** The one run of a Plumbline SARIF log. */
export interface SarifRun {
  readonly tool: {
    readonly driver: {
      readonly name: string;
      readonly semanticVersion: string;
      readonly version: string;
      readonly informationUri: string;
      readonly rules: readonly SarifRule[];
    };
  };
  readonly automationDetails?: { readonly id: string };
  readonly invocations: readonly {
    readonly executionSuccessful: boolean;
    readonly startTimeUtc?: string;
    readonly endTimeUtc?: string;
    readonly toolExecutionNotifications: readonly SarifNotification[];
  }[];
  readonly originalUriBaseIds: Readonly<Record<string, { readonly uri: string }>>;
  readonly columnKind: 'utf16CodeUnits';
  readonly results: readonly SarifResult[];
}

/** A SARIF 2.1.0 log. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly SarifRun[];
}
