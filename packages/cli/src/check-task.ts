import type { EffectiveRule, Language, SourceFile } from '@plumbline/core';
import { checkFile, type FileOutcome } from './check-file.js';
import { engineFor } from './engines/index.js';
import { COLLECT_AFTER_CHARS, collectGarbage } from './memory.js';

/** One file to check, as the main thread hands it to a worker: its text and the rules that apply. */
export interface FileTask {
  readonly path: string; // absolute
  readonly relativePath: string;
  readonly language: Language;
  readonly text: string;
  readonly rules: readonly EffectiveRule[];
  readonly reportUnusedSuppressions: boolean;
}

/** A checked file: the task and what checking it gave. */
export interface TaskResult {
  readonly task: FileTask;
  readonly outcome: FileOutcome;
}

// A turn of the event loop after each file lets the progress line, signals and (in a worker)
// termination through during a long batch; syntax trees are freed by the engine itself.
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

// Engines turn bad input into notices; this keeps anything they missed to the one file.
async function checkSafely(file: SourceFile, task: FileTask): Promise<FileOutcome> {
  try {
    return await checkFile(file, task.rules, { reportUnusedSuppressions: task.reportUnusedSuppressions });
  } catch (error) {
    const message = `Internal error while checking this file: ${error instanceof Error ? error.message : String(error)}`;
    return { findings: [], notices: [{ level: 'error', code: 'engine-error', message, file: file.relativePath }] };
  }
}

/** Checks files one after the other, calling `onStart` before each. */
export async function checkTasks(tasks: readonly FileTask[], onStart?: (index: number, task: FileTask) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const [index, task] of tasks.entries()) {
    await engineFor(task.language); // loading an engine is not the file's time
    onStart?.(index, task);
    const file = { path: task.path, relativePath: task.relativePath, text: task.text, language: task.language };
    outcomes.push(await checkSafely(file, task));
    if (task.text.length >= COLLECT_AFTER_CHARS) collectGarbage();
    await nextTurn();
  }
  return outcomes;
}
