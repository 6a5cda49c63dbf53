// What a scan of a fuzz corpus must show, checked on its outputs: the problems found, as text.
import type { FuzzFile } from './kinds.js';

/** One run of `plumbline scan` over a corpus, with every output it wrote. */
export interface FuzzRun {
  readonly code: number | null;
  readonly stderr: string;
  readonly json: string;
  readonly sarif: string;
  readonly stylish: string;
}

interface JsonReport {
  summary: { errors: number; warnings: number; notes: number };
  findings: { file: string; line: number; column: number; ruleId: string }[];
  notices: { file?: string; code: string }[];
}
interface SarifLog {
  runs: {
    results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
    invocations: { toolExecutionNotifications: { descriptor: { id: string } }[] }[];
  }[];
}

function sameAcrossFormats(json: JsonReport, run: FuzzRun): string[] {
  const sarif = JSON.parse(run.sarif) as SarifLog;
  const fromJson = json.findings.map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}`).sort();
  const fromSarif = (sarif.runs[0]?.results ?? []).map((r) => {
    const at = r.locations[0]!.physicalLocation;
    return `${decodeURIComponent(at.artifactLocation.uri)}:${at.region.startLine}:${at.region.startColumn}:${r.ruleId}`;
  }).sort();
  const notifications = (sarif.runs[0]?.invocations[0]?.toolExecutionNotifications ?? []).filter((n) => n.descriptor.id !== 'result-limit');
  const problems: string[] = [];
  if (fromJson.join('\n') !== fromSarif.join('\n')) problems.push(`JSON has ${fromJson.length} findings, SARIF ${fromSarif.length} results, not the same`);
  if (notifications.length !== json.notices.length) problems.push(`JSON has ${json.notices.length} notices, SARIF ${notifications.length}`);
  const { errors, warnings } = json.summary;
  if (errors + warnings > 0 && !run.stylish.includes(`(${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`)) {
    problems.push('the stylish summary does not count what JSON reports');
  }
  return problems;
}

function expectations(files: readonly FuzzFile[], json: JsonReport, outputs: readonly string[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    if (file.notice && !json.notices.some((n) => n.file === file.path && file.notice!.includes(n.code as never))) {
      problems.push(`no ${file.notice.join(' or ')} notice for ${JSON.stringify(file.path)} (${file.kind})`);
    }
    if (!file.secret) continue;
    if (!json.findings.some((f) => f.file === file.path && f.ruleId === 'no-hardcoded-secrets')) problems.push(`planted secret not reported in ${file.path}`);
    if (outputs.some((text) => text.includes(file.secret!))) problems.push(`planted secret printed in full (${file.path})`);
  }
  return problems;
}

/** Every way a run broke the promise of issue #22; empty when it held. `again` is a second run's JSON. */
export function checkRun(files: readonly FuzzFile[], run: FuzzRun, again: string): string[] {
  const problems: string[] = [];
  if (run.code !== 0 && run.code !== 1) problems.push(`exit code ${String(run.code)} (a crash, a hang or an internal error)`);
  if (/internal error|\n\s+at /i.test(run.stderr)) problems.push(`internal error on standard error: ${run.stderr.slice(0, 300)}`);
  if (run.json !== again) problems.push('two runs over the same files gave different JSON');
  let json: JsonReport;
  try {
    json = JSON.parse(run.json) as JsonReport;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return [...problems, `the JSON report is missing or cut (${error.message})`];
  }
  for (const notice of json.notices.filter((n) => n.code === 'engine-error')) problems.push(`engine-error on ${notice.file ?? 'the run'}`);
  return [...problems, ...sameAcrossFormats(json, run), ...expectations(files, json, [run.json, run.sarif, run.stylish, run.stderr])];
}
