import { FINGERPRINT_VERSION, resultFingerprint } from '../fingerprint.js';
import type { Finding, Location, Suppression } from '../types.js';
import type { SarifLocation, SarifResult, SarifSuppression } from './sarif-types.js';

/** The base id that every artifact URI is relative to; `run.originalUriBaseIds` maps it to the root. */
export const SRCROOT = '%SRCROOT%';


/** A repository-relative path as a SARIF URI reference: each segment percent-encoded, `/` kept. */
export function toArtifactUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** A SARIF location of a file (and line) under `%SRCROOT%`. */
export function toFileLocation(file: string, line?: number): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation: { uri: toArtifactUri(file), uriBaseId: SRCROOT },
      region: line === undefined ? undefined : { startLine: line },
    },
  };
}

/** A SARIF location of a range; `id` numbers related locations for embedded links. */
export function toSarifLocation(location: Location, id?: number): SarifLocation {
  const { physicalLocation } = toFileLocation(location.file);
  return {
    id,
    physicalLocation: {
      ...physicalLocation,
      region: {
        startLine: location.startLine,
        startColumn: location.startColumn,
        endLine: location.endLine,
        endColumn: location.endColumn,
      },
    },
    message: location.message ? { text: location.message } : undefined,
  };
}

// In a plain-text SARIF message, `[`, `]` and `\` in a link's text are escaped with `\`.
function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, (char) => `\\${char}`);
}

/** The finding's message, followed by embedded links `[text](id)` to its related locations. */
export function linkedMessage(message: string, related: readonly Location[]): string {
  if (related.length === 0) return message;
  const links = related.map((location, index) => {
    const text = (location.message ?? 'related location').replace(/\.$/, '');
    return `[${escapeLinkText(text)}](${index + 1})`;
  });
  return `${message} See ${links.join(', ')}.`;
}

function toSuppression(suppression: Suppression): SarifSuppression {
  return { kind: suppression.kind, justification: suppression.justification || undefined };
}

/** One finding as a SARIF result, with at most `maxRelated` related locations. */
export function toSarifResult(finding: Finding, ruleIndex: number | undefined, maxRelated: number): SarifResult {
  const related = (finding.related ?? []).slice(0, maxRelated);
  const fingerprint = resultFingerprint(finding);
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.severity,
    message: { text: linkedMessage(finding.message, related) },
    locations: [toSarifLocation(finding.location)],
    relatedLocations: related.length > 0 ? related.map((location, index) => toSarifLocation(location, index + 1)) : undefined,
    partialFingerprints: fingerprint ? { [FINGERPRINT_VERSION]: fingerprint } : undefined,
    baselineState: finding.baselineState,
    suppressions: finding.suppression ? [toSuppression(finding.suppression)] : undefined,
  };
}
