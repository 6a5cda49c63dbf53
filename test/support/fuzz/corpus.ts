// Writes a fuzz corpus: a repository folder of bad files, and the manifest of what each must give.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type FuzzFile, HEAVY, LIGHT } from './kinds.js';
import { Random } from './random.js';

/** What to write. */
export interface CorpusOptions {
  readonly seed: number;
  readonly files: number;
  /** Heavy files (megabytes each) per thousand files; 0 for none. */
  readonly heavyPerThousand: number;
}

// How often each light kind comes up, out of the sum.
const WEIGHTS: Readonly<Record<keyof typeof LIGHT, number>> = {
  secret: 8, binary: 10, 'invalid-utf8': 10, bom: 8, 'late-nul': 5, truncated: 14, garbage: 14, deep: 8,
  'alias-bomb': 3, 'odd-name': 6, fifo: 4, 'dev-zero': 4, sparse: 2, dangling: 4,
};
const KINDS = Object.entries(WEIGHTS).flatMap(([kind, weight]) => Array<string>(weight).fill(kind));

/** The configuration the corpus is scanned with: every rule, secrets included. */
export const FUZZ_CONFIG = { preset: 'strict', rules: { 'no-hardcoded-secrets': 'error' } };

function plan(options: CorpusOptions, rng: Random): FuzzFile[] {
  const heavy = Math.round((options.files * options.heavyPerThousand) / 1000);
  const heavyKinds = Object.keys(HEAVY);
  const files = Array.from({ length: heavy }, (_, n) => HEAVY[heavyKinds[n % heavyKinds.length]!]!(rng, n));
  for (let n = files.length; n < options.files; n++) files.push(LIGHT[rng.pick(KINDS)]!(rng, n));
  return files;
}

function write(root: string, file: FuzzFile): void {
  const path = join(root, file.path);
  mkdirSync(dirname(path), { recursive: true });
  if (file.special === 'fifo') execFileSync('mkfifo', [path]);
  else if (file.special === 'dev-zero') symlinkSync('/dev/zero', path);
  else if (file.special === 'dangling') symlinkSync(join(root, 'nowhere', file.path), path);
  else if (file.special === 'sparse') {
    writeFileSync(path, '');
    truncateSync(path, 1024 ** 3); // a gigabyte of holes, no disk space
  } else writeFileSync(path, file.content ?? '');
}

/** Writes a corpus into `root` (a new, empty folder): a repository with its config. Returns the manifest. */
export function writeCorpus(root: string, options: CorpusOptions): FuzzFile[] {
  const files = plan(options, new Random(options.seed));
  mkdirSync(join(root, '.git'), { recursive: true });
  writeFileSync(join(root, 'plumbline.config.json'), JSON.stringify(FUZZ_CONFIG));
  for (const file of files) write(root, file);
  return files;
}
