// `pnpm bench [dir…] [options]`: per language, plumbline's scan of that language's files beside a
// parse floor (the bare web-tree-sitter parse for Python and Go, typescript-estree for JS/TS) and,
// with --competitors, the installed peers, at each thread count of the sweep, each in a child
// process of its own (bench-child.mjs) that reports wall time, CPU time and peak memory; then
// whole-repository scans over the sweep. Without a directory it generates a synthetic corpus.
//   --jobs 1,2,4      thread counts (default: 1, 2, 4, … up to the cores, and the cores)
//   --runs N          each row's children take turns N times; a row shows its fastest run
//   --rules a,b       scan with only these rules (default: the rules the config enables)
//   --per-rule        add a row per rule at one thread: that rule alone, and no rule at all
//   --competitors     add Ruff (WebAssembly) and Bandit for Python, ESLint with the same-job rules
//                     for JS/TS (bench-competitors.mjs: --tools DIR, --bandit PATH)
// Figures only: nothing passes or fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { catalog, languageOf, loadConfig } from '../packages/core/dist/index.js';
import { readSource, walk } from '../packages/cli/dist/index.js';
import { competitorsFor } from './bench-competitors.mjs';
import { generateCorpus } from './bench-corpus.mjs';
import { measure, printHeader, printRow, printSweep } from './bench-rows.mjs';

const JOBS = resolve('.bench/jobs');
const FLOORS = { python: ['parse', 'tree-sitter parse'], go: ['parse', 'tree-sitter parse'], javascript: ['estree', 'typescript-estree parse'], typescript: ['estree', 'typescript-estree parse'] };
const FLAGS = new Set(['--per-rule', '--competitors']);
const VALUED = new Set(['--runs', '--rules', '--tools', '--bandit', '--jobs']);

function defaultSweep() {
  const cores = availableParallelism();
  const sweep = [];
  for (let n = 1; n < cores; n *= 2) sweep.push(n);
  return [...sweep, cores];
}

function parseArgs(argv) {
  const args = { dirs: [], runs: 1, flags: new Set() };
  for (let i = 0; i < argv.length; i += 1) {
    if (FLAGS.has(argv[i])) args.flags.add(argv[i]);
    else if (VALUED.has(argv[i])) args[argv[i].slice(2)] = argv[++i];
    else args.dirs.push(argv[i]);
  }
  args.runs = Number(args.runs);
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs takes a whole number, 1 or more');
  args.sweep = args.jobs ? args.jobs.split(',').map(Number) : defaultSweep();
  if (!args.sweep.every((n) => Number.isInteger(n) && n >= 1)) throw new Error('--jobs takes whole numbers, such as 1,2,4');
  args.tools = args.tools ?? process.env.PLUMBLINE_BENCH_TOOLS;
  args.bandit = args.bandit ?? process.env.PLUMBLINE_BENCH_BANDIT ?? 'bandit';
  args.ruleIds = args.rules ? args.rules.split(',').filter(Boolean) : undefined;
  return args;
}

const lineCount = (text) => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

// Every file the scan would walk, by language; `checked` leaves out what the scan skips
// (generated, minified, too large, unreadable), which is what the floors and peers get.
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
  return [...byLanguage.values()].map((g) => ({ ...g, files: g.checked.length })).sort((a, b) => (a.language < b.language ? -1 : 1));
}

// A config file enabling exactly these rules (preset none), for --rules and --per-rule.
function configFor(ids) {
  const file = join(JOBS, `config-${ids.length === 0 ? 'none' : ids.join('+')}.json`);
  writeFileSync(file, JSON.stringify({ preset: 'none', rules: Object.fromEntries(ids.map((id) => [id, 'warning'])) }));
  return file;
}

function perRuleRows(group, cwd, args) {
  const ids = catalog.filter((rule) => rule.languages.includes(group.language) && (args.ruleIds ? args.ruleIds.includes(rule.id) : rule.presets?.recommended));
  for (const rule of [[], ...ids.map((r) => [r.id])]) {
    const [alone] = measure(JOBS, [{ mode: 'scan', job: { cwd, paths: group.all, configFile: configFor(rule) } }], args.runs);
    printRow(group, `  ${rule[0] ?? '(no rule)'}`, 1, alone);
  }
}

function languageRows(group, cwd, args) {
  const configFile = args.ruleIds ? configFor(args.ruleIds) : undefined;
  const [floorMode, floorName] = FLOORS[group.language] ?? [];
  const peers = args.flags.has('--competitors') ? competitorsFor(group.language, args) : [];
  for (const tool of peers.filter((peer) => peer.missing)) console.log(`${group.language.padEnd(10)} ${tool.name}: skipped, ${tool.missing}`);
  for (const threads of args.sweep) {
    const children = [{ mode: 'scan', job: { cwd, paths: group.all, configFile, jobs: threads } }];
    if (floorMode) children.push({ mode: floorMode, job: { language: group.language, paths: group.checked, threads } });
    const [scan, floor] = measure(JOBS, children, args.runs);
    printRow(group, args.ruleIds ? `plumbline (${args.ruleIds.length} rules)` : 'plumbline scan', threads, scan, { floor });
    if (floor) printRow(group, floorName, threads, floor);
    for (const tool of peers.filter((peer) => !peer.missing)) {
      printRow(group, tool.name, threads, measure(JOBS, [{ mode: tool.mode, job: { ...tool.job, paths: group.checked, threads } }], args.runs)[0], { scan });
    }
  }
  if (args.flags.has('--per-rule')) perRuleRows(group, cwd, args);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const roots = args.dirs.length > 0 ? args.dirs.map((dir) => resolve(dir)) : [resolve('.bench/corpus')];
  if (args.dirs.length === 0) generateCorpus(roots[0], 400);
  mkdirSync(JOBS, { recursive: true });
  const groups = corpusOf(roots);
  const walked = groups.reduce((sum, g) => sum + g.all.length, 0);
  const checked = groups.reduce((sum, g) => sum + g.files, 0);
  console.log(`corpus: ${roots.join(', ')}: ${walked} files, ${walked - checked} of them skipped by the scan; `
    + `${args.runs} run(s), node ${process.version}, ${availableParallelism()} cores, jobs ${args.sweep.join(', ')}`);
  printHeader();
  for (const group of groups) languageRows(group, roots[0], args);
  const configFile = args.ruleIds ? configFor(args.ruleIds) : undefined;
  printSweep(args.sweep.map((jobs) => ({ jobs, result: measure(JOBS, [{ mode: 'scan', job: { cwd: roots[0], paths: roots, configFile, jobs } }], args.runs)[0] })));
}

main();
