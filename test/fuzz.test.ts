// Issue #22's promise, tried on a few hundred generated bad files: binary, invalid UTF-8, BOMs,
// NUL bytes, truncations, 5,000-deep nesting, YAML alias bombs, odd names, FIFOs, /dev/zero
// links, a 1 GB sparse file, planted secrets. `pnpm fuzz` runs the same over 10,000 files.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRun } from './support/fuzz/check.js';
import { writeCorpus } from './support/fuzz/corpus.js';
import { scanCorpus } from './support/fuzz/run.js';

describe('fuzz: no file can crash, hang or exhaust a scan', () => {
  it('scans 300 bad files: exit 0 or 1, a notice for each unreadable file, the same output twice and in every format, no secret in full', () => {
    const root = mkdtempSync(join(tmpdir(), 'plumbline-fuzz-'));
    const files = writeCorpus(root, { seed: 22, files: 300, heavyPerThousand: 0 });
    const first = scanCorpus(root, 120_000);
    const second = scanCorpus(root, 120_000);
    expect(checkRun(files, first, second.json)).toEqual([]);
    expect(files.filter((file) => file.notice).length).toBeGreaterThan(50);
    expect(files.filter((file) => file.secret).length).toBeGreaterThan(10);
  }, 180_000);
});
