// `pnpm bench [dir…] [options]`: per language, plumbline's scan of that language's files and a
// bare tree-sitter parse of the same Python and Go files, each in a child process of its own
// (scripts/bench-child.mjs) that reports its wall time, CPU time and peak memory; then one scan
// of everything. Without a directory it generates a synthetic corpus under .bench/.
//   --runs N          each row's children take turns N times; a row shows its fastest run
//   --rules a,b       scan with only these rules (default: the rules the config enables)
//   --per-rule        add a row per rule: a scan with that rule alone, and one with no rule
//   --competitors     add Ruff (WebAssembly) and Bandit for Python, ESLint with security,
//                     sonarjs and no-secrets for JS/TS (see bench-competitors.mjs for
//                     --tools DIR and --bandit PATH)
// Figures only: nothing passes or fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { catalog, languageOf, loadConfig } from '../packages/core/dist/index.js';
import { readSource, walk } from '../packages/cli/dist/index.js';
import { competitorsFor } from './bench-competitors.mjs';
import { generateCorpus } from './bench-corpus.mjs';

const CHILD = new URL('./bench-child.mjs', import.meta.url).pathname;
const JOBS = resolve('.bench/jobs');
const PARSED = new Set(['python', 'go']);
const FLAGS = new Set(['--per-rule', '--competitors']);
const VALUED = new Set(['--runs', '--rules', '--tools', '--bandit']);

function parseArgs(argv) {
  const args = { dirs: [], runs: 1, flags: new Set() };
  for (let i = 0; i < argv.length; i += 1) {
    if (FLAGS.has(argv[i])) args.flags.add(argv[i]);
    else if (VALUED.has(argv[i])) args[argv[i].slice(2)] = argv[++i];
    else args.dirs.push(argv[i]);
  }
  args.runs = Number(args.runs);
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs takes a whole number, 1 or more');
  args.tools = args.tools ?? process.env.PLUMBLINE_BENCH_TOOLS;
  args.bandit = args.bandit ?? process.env.PLUMBLINE_BENCH_BANDIT ?? 'bandit';
  args.ruleIds = args.rules ? args.rules.split(',').filter(Boolean) : undefined;
  return args;
}

const lineCount = (text) => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

// Every file the scan would walk, by language; `checked` leaves out what the scan skips
// (generated, minified, too large, unreadable), which is what the bare parse and competitors get.
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

// A config file enabling exactly these rules (preset none), for --rules and --per-rule.
function configFor(ids) {
  const file = join(JOBS, `config-${ids.length === 0 ? 'none' : ids.join('+')}.json`);
  writeFileSync(file, JSON.stringify({ preset: 'none', rules: Object.fromEntries(ids.map((id) => [id, 'warning'])) }));
  return file;
}

let jobCount = 0;
function runChild({ mode, job }) {
  const file = join(JOBS, `job-${(jobCount += 1)}-${mode}.json`);
  writeFileSync(file, JSON.stringify(job));
  const out = execFileSync(process.execPath, [CHILD, mode, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').at(-1));
}

// Runs the children in turn, `runs` rounds, so that a slow spell of the machine hits them alike;
// keeps each one's fastest wall and CPU time and highest peak.
function measure(children, runs) {
  const results = children.map(() => []);
  for (let round = 0; round < runs; round += 1) children.forEach((child, i) => results[i].push(runChild(child)));
  const fastest = (all, key) => Math.min(...all.map((r) => r[key] ?? NaN));
  return results.map((all) => ({ ...all[0], ms: fastest(all, 'ms'), cpuMs: fastest(all, 'cpuMs'), peakMb: Math.max(...all.map((r) => r.peakMb)) }));
}

const WIDTHS = [10, 22, 6, 9, 8, 8, 8, 7, 7, 7];
const row = (cells) => cells.map((cell, i) => (i < 2 ? String(cell).padEnd(WIDTHS[i]) : String(cell).padStart(WIDTHS[i]))).join(' ');
const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

function print(group, what, result, { parse, scan } = {}) {
  console.log(row([group.language, what, group.checked.length, group.lines, fixed(result.ms), fixed(result.cpuMs),
    fixed((group.lines * 1000) / result.ms), fixed(result.peakMb), parse ? fixed(result.ms / parse.ms, 2) : '-',
    scan ? fixed(result.ms / scan.ms, 2) : '-']));
}

// The rules whose cost --per-rule shows: the --rules list, else the recommended rules of the language.
function perRuleIds(language, ruleIds) {
  return catalog.filter((rule) => rule.languages.includes(language) && (ruleIds ? ruleIds.includes(rule.id) : rule.presets?.recommended)).map((rule) => rule.id);
}

function languageRows(group, cwd, args) {
  const { language, checked } = group;
  const scanJob = { cwd, paths: group.all, configFile: args.ruleIds ? configFor(args.ruleIds) : undefined };
  const children = [{ mode: 'scan', job: scanJob }];
  if (PARSED.has(language)) children.push({ mode: 'parse', job: { language, paths: checked } });
  const [scan, parse] = measure(children, args.runs);
  print(group, args.ruleIds ? `plumbline (${args.ruleIds.length} rule${args.ruleIds.length === 1 ? "" : "s"})` : 'plumbline scan', scan, { parse });
  if (parse) print(group, 'tree-sitter parse', parse);
  if (args.flags.has('--per-rule')) {
    for (const ids of [[], ...perRuleIds(language, args.ruleIds).map((id) => [id])]) {
      const [alone] = measure([{ mode: 'scan', job: { cwd, paths: group.all, configFile: configFor(ids) } }], args.runs);
      print(group, `  ${ids[0] ?? '(no rule)'}`, alone, { parse });
    }
  }
  if (!args.flags.has('--competitors')) return;
  for (const tool of competitorsFor(language, args)) {
    if (tool.missing) console.log(`${language.padEnd(10)} ${tool.name}: skipped, ${tool.missing}`);
    else print(group, tool.name, measure([{ mode: tool.mode, job: { ...tool.job, paths: checked } }], args.runs)[0], { scan });
  }
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const roots = args.dirs.length > 0 ? args.dirs.map((dir) => resolve(dir)) : [resolve('.bench/corpus')];
  if (args.dirs.length === 0) generateCorpus(roots[0], 400);
  mkdirSync(JOBS, { recursive: true });
  const groups = corpusOf(roots);
  const walked = groups.reduce((sum, g) => sum + g.all.length, 0);
  const checked = groups.reduce((sum, g) => sum + g.checked.length, 0);
  console.log(`corpus: ${roots.join(', ')}: ${walked} files, ${walked - checked} of them skipped by the scan; ${args.runs} run(s), node ${process.version}`);
  console.log(row(['language', 'what', 'files', 'lines', 'wall ms', 'cpu ms', 'lines/s', 'peak MB', 'x parse', 'x scan']));
  for (const group of groups) languageRows(group, roots[0], args);
  const [whole] = measure([{ mode: 'scan', job: { cwd: roots[0], paths: roots, configFile: args.ruleIds ? configFor(args.ruleIds) : undefined } }], args.runs);
  const lines = groups.reduce((sum, g) => sum + g.lines, 0);
  print({ language: '(all)', checked: { length: whole.files }, lines }, 'plumbline scan', whole);
}

main();
