// `pnpm bench [dir…] [--runs N]`: per language, plumbline's scan of that language's files and a
// bare tree-sitter parse of the same Python and Go files, each in a child process of its own
// (scripts/bench-child.mjs) that reports its wall time and peak memory; then one scan of
// everything. Without a directory it generates a synthetic corpus under .bench/. With --runs N,
// a row's children take turns N times, and it shows the fastest run and the highest peak.
// Figures only: nothing passes or fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { languageOf, loadConfig } from '../packages/core/dist/index.js';
import { readSource, walk } from '../packages/cli/dist/index.js';
import { generateCorpus } from './bench-corpus.mjs';

const CHILD = new URL('./bench-child.mjs', import.meta.url).pathname;
const JOBS = resolve('.bench/jobs');
const PARSED = new Set(['python', 'go']);

function parseArgs(argv) {
  const at = argv.indexOf('--runs');
  const runs = at >= 0 ? Number(argv[at + 1]) : 1;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number, 1 or more');
  return { dirs: at >= 0 ? argv.filter((_, i) => i !== at && i !== at + 1) : argv, runs };
}

const lineCount = (text) => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

// Every file the scan would walk, by language; `checked` leaves out what the scan skips
// (generated, minified, too large, unreadable), which is what the bare parse gets.
function corpusOf(roots) {
  const byLanguage = new Map();
  for (const root of roots) {
    const ignorePatterns = loadConfig({ cwd: root }).config.ignore ?? [];
    for (const { path } of walk({ root, paths: [root], ignorePatterns, ignoreBase: root }).files) {
      const language = languageOf(path);
      const group = byLanguage.get(language) ?? { language, all: [], checked: [], lines: 0 };
      byLanguage.set(language, group);
      group.all.push(path);
      const read = readSource(path);
      if (!('text' in read)) continue;
      group.checked.push(path);
      group.lines += lineCount(read.text);
    }
  }
  return [...byLanguage.values()].sort((a, b) => (a.language < b.language ? -1 : 1));
}

function runChild({ mode, name, job }) {
  const file = join(JOBS, `${name}-${mode}.json`);
  writeFileSync(file, JSON.stringify(job));
  const out = execFileSync(process.execPath, [CHILD, mode, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').at(-1));
}

// Runs the children in turn, `runs` rounds, so that a slow spell of the machine hits them alike;
// keeps each one's fastest wall time and highest peak.
function measure(children, runs) {
  const results = children.map(() => []);
  for (let round = 0; round < runs; round += 1) children.forEach((child, i) => results[i].push(runChild(child)));
  return results.map((all) => ({ ...all[0], ms: Math.min(...all.map((r) => r.ms)), peakMb: Math.max(...all.map((r) => r.peakMb)) }));
}

const rate = (count, ms) => Math.round((count * 1000) / ms);

function row(cells) {
  const widths = [10, 7, 9, 9, 8, 9, 8, 8, 7];
  return cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join(' ');
}

function languageRow(group, cwd, runs) {
  const { language, checked } = group;
  const children = [{ mode: 'scan', name: language, job: { cwd, paths: group.all } }];
  if (PARSED.has(language)) children.push({ mode: 'parse', name: language, job: { language, paths: checked } });
  const [scan, parse] = measure(children, runs);
  return row([language, checked.length, group.lines, scan.ms.toFixed(0), rate(checked.length, scan.ms), rate(group.lines, scan.ms),
    scan.peakMb.toFixed(0), parse ? parse.ms.toFixed(0) : '-', parse ? (scan.ms / parse.ms).toFixed(2) : '-']);
}

function main() {
  const { dirs, runs } = parseArgs(process.argv.slice(2));
  const roots = dirs.length > 0 ? dirs.map((dir) => resolve(dir)) : [resolve('.bench/corpus')];
  if (dirs.length === 0) generateCorpus(roots[0], 400);
  mkdirSync(JOBS, { recursive: true });
  const groups = corpusOf(roots);
  const walked = groups.reduce((sum, g) => sum + g.all.length, 0);
  const checked = groups.reduce((sum, g) => sum + g.checked.length, 0);
  console.log(`corpus: ${roots.join(', ')}: ${walked} files, ${walked - checked} of them skipped by the scan; ${runs} run(s), node ${process.version}`);
  console.log(row(['language', 'files', 'lines', 'scan ms', 'files/s', 'lines/s', 'peak MB', 'parse ms', 'ratio']));
  for (const group of groups) console.log(languageRow(group, roots[0], runs));
  const [whole] = measure([{ mode: 'scan', name: 'all', job: { cwd: roots[0], paths: roots } }], runs);
  const lines = groups.reduce((sum, g) => sum + g.lines, 0);
  console.log(row(['(all)', whole.files, lines, whole.ms.toFixed(0), rate(whole.files, whole.ms), rate(lines, whole.ms),
    whole.peakMb.toFixed(0), '-', '-']));
}

main();
