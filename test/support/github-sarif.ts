// What GitHub code scanning accepts on upload, beyond the SARIF 2.1.0 schema, as GitHub
// documents it ("SARIF support for code scanning" and "SARIF results exceed limits"): runs per
// file, results and rules per run, tool extensions, locations and thread flow locations per
// result, tags per rule, the gzip-compressed size, and file locations given as URIs relative to
// the repository root through a `uriBaseId` that `originalUriBaseIds` defines.
import { gzipSync } from 'node:zlib';

/** GitHub's upload limits (hard limits: past them the upload is rejected). */
export const GITHUB_SARIF_LIMITS = {
  runsPerFile: 20, resultsPerRun: 25_000, rulesPerRun: 25_000, extensionsPerRun: 100,
  locationsPerResult: 1_000, threadFlowLocationsPerResult: 10_000, tagsPerRule: 20, gzipBytes: 10_000_000,
} as const;

interface Uri { uri?: string; uriBaseId?: string }
interface Location { physicalLocation?: { artifactLocation?: Uri } }
interface Result { locations?: Location[]; relatedLocations?: Location[]; codeFlows?: { threadFlows?: { locations?: unknown[] }[] }[] }
interface Run {
  tool: { driver: { rules?: { properties?: { tags?: unknown[] } }[] }; extensions?: unknown[] };
  results?: Result[];
  originalUriBaseIds?: Record<string, Uri>;
}

function uriProblems(where: string, location: Location, run: Run): string[] {
  const artifact = location.physicalLocation?.artifactLocation;
  if (!artifact?.uri) return [];
  const problems: string[] = [];
  if (/^[a-z][a-z0-9+.-]*:/i.test(artifact.uri) || artifact.uri.startsWith('/')) problems.push(`${where}: URI ${artifact.uri} is not relative`);
  if (!artifact.uriBaseId) problems.push(`${where}: relative URI ${artifact.uri} without uriBaseId`);
  else if (!run.originalUriBaseIds?.[artifact.uriBaseId]?.uri?.match(/^file:\/\/.*\/$/)) problems.push(`${where}: uriBaseId ${artifact.uriBaseId} is not defined as a file: URI ending in /`);
  return problems;
}

function resultProblems(result: Result, index: number, run: Run): string[] {
  const where = `result ${index}`;
  const locations = [...(result.locations ?? []), ...(result.relatedLocations ?? [])];
  const problems = locations.flatMap((location) => uriProblems(where, location, run));
  if ((result.locations?.length ?? 0) > GITHUB_SARIF_LIMITS.locationsPerResult) problems.push(`${where}: too many locations`);
  const flows = (result.codeFlows ?? []).flatMap((flow) => flow.threadFlows ?? []).reduce((n, flow) => n + (flow.locations?.length ?? 0), 0);
  if (flows > GITHUB_SARIF_LIMITS.threadFlowLocationsPerResult) problems.push(`${where}: too many thread flow locations`);
  return problems;
}

function runProblems(run: Run): string[] {
  const results = run.results ?? [];
  const rules = run.tool.driver.rules ?? [];
  const problems = results.flatMap((result, index) => resultProblems(result, index, run));
  if (results.length > GITHUB_SARIF_LIMITS.resultsPerRun) problems.push(`${results.length} results in a run`);
  if (rules.length > GITHUB_SARIF_LIMITS.rulesPerRun) problems.push(`${rules.length} rules in a run`);
  if ((run.tool.extensions?.length ?? 0) > GITHUB_SARIF_LIMITS.extensionsPerRun) problems.push('too many tool extensions');
  rules.forEach((rule, index) => {
    if ((rule.properties?.tags?.length ?? 0) > GITHUB_SARIF_LIMITS.tagsPerRule) problems.push(`rule ${index}: more than 20 tags`);
  });
  return problems;
}

/** Why GitHub code scanning would reject or cut this SARIF text; empty when it would take it whole. */
export function githubSarifProblems(text: string): string[] {
  const log = JSON.parse(text) as { runs: Run[] };
  const problems = log.runs.flatMap(runProblems);
  if (log.runs.length > GITHUB_SARIF_LIMITS.runsPerFile) problems.push(`${log.runs.length} runs in a file`);
  if (gzipSync(text).length > GITHUB_SARIF_LIMITS.gzipBytes) problems.push('over 10 MB gzip-compressed');
  return problems;
}
