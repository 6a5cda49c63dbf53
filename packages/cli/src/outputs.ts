import { ConfigError } from '@plumbline/core';

/** Output formats `plumbline scan` writes. */
export const FORMATS = ['stylish', 'json', 'sarif', 'gitlab'] as const;
/** One of FORMATS. */
export type Format = (typeof FORMATS)[number];

/** A format and where it goes; no file means standard output. */
export interface OutputTarget {
  readonly format: Format;
  readonly file?: string;
}

function readValue(argv: readonly string[], index: number, flag: string): { value: string; consumed: number } {
  const arg = argv[index] ?? '';
  const eq = arg.indexOf('=');
  if (arg.startsWith('--') && eq > 0) return { value: arg.slice(eq + 1), consumed: 1 };
  const next = argv[index + 1];
  if (next === undefined || next.startsWith('-')) throw new ConfigError(`${flag} needs a value`);
  return { value: next, consumed: 2 };
}

function toFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new ConfigError(`unknown format "${value}"; use one of ${FORMATS.join(', ')}`);
}

/**
 * Pairs --format and --output in command-line order: each --output belongs to the --format
 * before it (or to the first one when it comes first). `--format sarif --output a.sarif --format stylish`
 * writes SARIF to a.sarif and stylish text to standard output.
 */
export function parseOutputs(argv: readonly string[]): OutputTarget[] {
  const targets: { format: Format; file?: string }[] = [];
  const pendingFiles: string[] = [];
  for (let i = 0; i < argv.length;) {
    const arg = argv[i] ?? '';
    const flag = arg.split('=')[0] ?? '';
    if (arg === '--') break;
    if (['--format', '-f', '--output', '-o'].includes(flag)) {
      const { value, consumed } = readValue(argv, i, flag);
      if (flag === '--format' || flag === '-f') targets.push({ format: toFormat(value) });
      else if (targets.length === 0) pendingFiles.push(value);
      else assignFile(targets[targets.length - 1]!, value);
      i += consumed;
    } else i += 1;
  }
  if (targets.length === 0) targets.push({ format: 'stylish' });
  for (const file of pendingFiles) assignFile(targets[0]!, file);
  if (targets.filter((t) => !t.file).length > 1) throw new ConfigError('only one format can go to standard output; give the others --output FILE');
  return targets;
}

function assignFile(target: { format: Format; file?: string }, file: string): void {
  if (target.file) throw new ConfigError(`--format ${target.format} has two --output files`);
  target.file = file;
}
