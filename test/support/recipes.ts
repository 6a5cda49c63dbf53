// Helpers for the CI recipe tests: read a recipe's `plumbline scan` command and check it against
// the CLI that the recipe installs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProgram } from '@plumbline/cli';

const REPO = new URL('../..', import.meta.url).pathname;

/** The CLI package a recipe must install, pinned: `@plumbline/cli@<version>`. */
export const CLI_PACKAGE = (() => {
  const manifest = JSON.parse(readFileSync(join(REPO, 'packages/cli/package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };
  return { spec: `${manifest.name}@${manifest.version}`, bins: Object.keys(manifest.bin) };
})();

/** Shell words of a one-line command: split on blanks outside double quotes, quotes removed. */
export function shellWords(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
}

/** The arguments after `npx --yes @plumbline/cli@<version>`, or an error naming what differs. */
export function plumblineArgs(command: string): string[] {
  const words = shellWords(command.trim());
  const prefix = ['npx', '--yes', CLI_PACKAGE.spec];
  if (words.slice(0, 3).join(' ') !== prefix.join(' ')) throw new Error(`expected "${prefix.join(' ')} …", got "${command}"`);
  return words.slice(3);
}

/** The options of `plumbline scan` (long and short forms), and whether each takes a value. */
export function scanOptions(): Map<string, boolean> {
  const scan = createProgram([]).commands.find((command) => command.name() === 'scan');
  const options = new Map<string, boolean>();
  for (const option of scan?.options ?? []) {
    const takesValue = option.required || option.optional;
    for (const flag of [option.long, option.short]) if (flag) options.set(flag, takesValue);
  }
  return options;
}

/** The options a command line uses that `plumbline scan` does not know. */
export function unknownOptions(args: readonly string[]): string[] {
  const known = scanOptions();
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i]?.split('=')[0] ?? '';
    if (!flag.startsWith('-')) continue;
    if (!known.has(flag)) unknown.push(flag);
    if (known.get(flag) && !args[i]?.includes('=')) i += 1;
  }
  return unknown;
}

/** The fenced ```yaml blocks of a Markdown file. */
export function yamlBlocks(markdownPath: string): string[] {
  const text = readFileSync(join(REPO, markdownPath), 'utf8');
  return [...text.matchAll(/^```yaml\n([^]*?)^```$/gm)].map((match) => match[1] ?? '');
}
