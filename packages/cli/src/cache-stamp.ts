// What identifies the code that produced a cached result: Plumbline's version, and the built code
// and pinned dependencies of each of its packages, so that a rebuilt or upgraded Plumbline never
// reads results of another build (a rule fixed without a version bump must not serve stale findings).
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '@plumbline/core';

const PACKAGES = ['@plumbline/core', '@plumbline/eslint-plugin', '@plumbline/tree-sitter-checker', '@plumbline/config-checker'];

function hashTree(hash: Hash, dir: string): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, path);
    else if (/\.(?:js|ts|json|scm|wasm)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) hash.update(`${entry.name}\0`).update(readFileSync(path));
  }
}

// A package's code folder (dist/, or src/ when run from sources) and its package.json beside it.
function hashPackage(hash: Hash, entryUrl: string): void {
  const codeDir = dirname(fileURLToPath(entryUrl));
  hash.update(readFileSync(join(codeDir, '..', 'package.json')));
  hashTree(hash, codeDir);
}

let stamp: string | undefined;

/** A hash of Plumbline's version and code, computed once per process. */
export function engineStamp(): string {
  if (stamp) return stamp;
  const hash = createHash('sha256').update(VERSION);
  hashPackage(hash, import.meta.url);
  for (const name of PACKAGES) hashPackage(hash, import.meta.resolve(name));
  stamp = hash.digest('hex');
  return stamp;
}
