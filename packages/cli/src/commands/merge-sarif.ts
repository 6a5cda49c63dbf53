import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, mergeSarifLogs, type SarifLog } from '@plumbline/core';

function readLog(file: string): SarifLog {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`merge-sarif: cannot read ${file} as JSON (${(error as Error).message})`);
  }
  const log = data as Partial<SarifLog> | null;
  const runsOk = Array.isArray(log?.runs) && log.runs.every((run) => typeof run?.tool?.driver?.name === 'string');
  if (log?.version !== '2.1.0' || !runsOk) throw new ConfigError(`merge-sarif: ${file} is not a SARIF 2.1.0 log with runs`);
  return log as SarifLog;
}

/** Runs `plumbline merge-sarif`: the files' runs merged per tool and category, to `output` or stdout. */
export function runMergeSarif(files: readonly string[], output: string | undefined): void {
  const merged = mergeSarifLogs(files.map(readLog));
  const text = `${JSON.stringify(merged, null, 2)}\n`;
  if (!output) {
    process.stdout.write(text);
    return;
  }
  const file = resolve(output);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
