// Merging the SARIF logs of a sharded scan (`--shard k/n` on n CI jobs) into what one scan of
// every file would have written: one run per tool and category, rules without duplicates, results
// and notifications in the single run's order, GitHub's result limit applied to the whole.
import { limitNotifications } from './sarif-notifications.js';
import { SARIF_LIMITS, SARIF_SCHEMA_URI } from './sarif.js';
import type { SarifLog, SarifNotification, SarifResult, SarifRule, SarifRun } from './sarif-types.js';

type Invocation = SarifRun['invocations'][number];

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// A URI reference as written by toArtifactUri, back to the repository-relative path it encodes.
function decodedPath(uri: string | undefined): string | undefined {
  if (uri === undefined) return undefined;
  try {
    return uri.split('/').map(decodeURIComponent).join('/');
  } catch (error) {
    if (error instanceof URIError) return uri; // not written by Plumbline: compare it as it is
    throw error;
  }
}

function fileOf(item: SarifResult | SarifNotification): string | undefined {
  return decodedPath(item.locations?.[0]?.physicalLocation.artifactLocation.uri);
}

const regionOf = (item: SarifResult | SarifNotification) => item.locations?.[0]?.physicalLocation.region;

// The order of compareFindings (file, line, column, end, rule, message) read back from results.
function compareResults(a: SarifResult, b: SarifResult): number {
  const [ra, rb] = [regionOf(a), regionOf(b)];
  return byText(fileOf(a) ?? '', fileOf(b) ?? '') || (ra?.startLine ?? 0) - (rb?.startLine ?? 0)
    || (ra?.startColumn ?? 0) - (rb?.startColumn ?? 0) || (ra?.endLine ?? 0) - (rb?.endLine ?? 0)
    || (ra?.endColumn ?? 0) - (rb?.endColumn ?? 0) || byText(a.ruleId, b.ruleId) || byText(a.message.text, b.message.text);
}

// The order of compareNotices: run-wide notifications first, then by file, line, code, message.
function compareNotifications(a: SarifNotification, b: SarifNotification): number {
  const [fa, fb] = [fileOf(a), fileOf(b)];
  if (fa !== fb) return fa === undefined ? -1 : fb === undefined ? 1 : byText(fa, fb);
  return (regionOf(a)?.startLine ?? 0) - (regionOf(b)?.startLine ?? 0) || byText(a.descriptor.id, b.descriptor.id)
    || byText(a.message.text, b.message.text);
}

interface LimitCounts { leftOut: number; related: number; relatedResults: number }

// What the shards' own `result-limit` notifications say they left out (formatSarif's wording).
function countLimits(notifications: readonly SarifNotification[]): LimitCounts {
  const counts: LimitCounts = { leftOut: 0, related: 0, relatedResults: 0 };
  for (const { message } of notifications) {
    const results = /^(\d+) of \d+ results? were left out/.exec(message.text);
    const related = /^(\d+) related locations? left out of (\d+) results?/.exec(message.text);
    counts.leftOut += Number(results?.[1] ?? 0);
    counts.related += Number(related?.[1] ?? 0);
    counts.relatedResults += Number(related?.[2] ?? 0);
  }
  return counts;
}

function uniqueNotifications(all: readonly SarifNotification[]): SarifNotification[] {
  const seen = new Map(all.map((notification) => [JSON.stringify(notification), notification]));
  return [...seen.values()].sort(compareNotifications);
}

function mergeInvocations(runs: readonly SarifRun[], results: readonly SarifResult[], kept: number): Invocation[] {
  const invocations = runs.flatMap((run) => run.invocations ?? []);
  const notifications = invocations.flatMap((invocation) => invocation.toolExecutionNotifications ?? []);
  const isLimit = (n: SarifNotification): boolean => n.descriptor.id === 'result-limit';
  const counts = countLimits(notifications.filter(isLimit));
  const total = results.length + counts.leftOut;
  const limits = limitNotifications({
    results: total - kept, maxResults: SARIF_LIMITS.results, totalResults: total, rules: 0, maxRules: SARIF_LIMITS.rules,
    relatedLocations: counts.related, resultsWithCutRelated: counts.relatedResults, maxRelatedLocations: SARIF_LIMITS.relatedLocationsPerResult,
  });
  const starts = invocations.flatMap((i) => i.startTimeUtc ?? []).sort();
  const ends = invocations.flatMap((i) => i.endTimeUtc ?? []).sort();
  return [{
    ...invocations[0],
    executionSuccessful: invocations.every((invocation) => invocation.executionSuccessful !== false),
    startTimeUtc: starts[0],
    endTimeUtc: ends.at(-1),
    toolExecutionNotifications: [...uniqueNotifications(notifications.filter((n) => !isLimit(n))), ...limits],
  }];
}

function mergeRuns(runs: readonly SarifRun[]): SarifRun {
  const first = runs[0]!;
  const byId = new Map<string, SarifRule>();
  for (const rule of runs.flatMap((run) => run.tool.driver.rules ?? [])) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  const rules = [...byId.values()].sort((a, b) => byText(a.id, b.id));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const all = runs.flatMap((run) => run.results ?? []).sort(compareResults);
  const results = all.slice(0, SARIF_LIMITS.results).map((result) => ({ ...result, ruleIndex: index.get(result.ruleId) }));
  return {
    ...first,
    tool: { ...first.tool, driver: { ...first.tool.driver, rules } },
    invocations: mergeInvocations(runs, all, results.length),
    results,
  };
}

/** Merges SARIF logs into one: a run per tool name and `automationDetails.id`, in the order first seen. */
export function mergeSarifLogs(logs: readonly SarifLog[]): SarifLog {
  const groups = new Map<string, SarifRun[]>();
  for (const run of logs.flatMap((log) => log.runs)) {
    const key = `${run.tool.driver.name}\u0000${run.automationDetails?.id ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  return { $schema: logs[0]?.$schema ?? SARIF_SCHEMA_URI, version: '2.1.0', runs: [...groups.values()].map(mergeRuns) };
}
