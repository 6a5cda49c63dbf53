// `pnpm accuracy [--corpora DIR] [--sample N] [--seed S] [--repos a,b] [--write] [--unjudged FILE] [--findings FILE]`:
// scans the pinned repositories of repos.json (fetched beforehand, never committed) with every
// rule on, draws a seeded sample of up to N findings per rule × language, and scores it against
// the judged labels in test/accuracy/labels/. Prints the table; --write puts it into
// docs/accuracy.md and the rule pages; --unjudged writes the sampled findings that have no label
// yet, with their code, for someone to judge; --findings keeps the scans' findings in FILE and reuses
// them while it exists (score new labels without scanning again). Figures only: nothing passes or fails.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLabels } from './labels.mjs';
import { tableOf, scoreCell } from './report.mjs';
import { sampleOf } from './sample.mjs';
import { findingsOf, problemWith } from './scan-repos.mjs';
import { worksheetOf } from './worksheet.mjs';
import { writeDocs } from './write-docs.mjs';

const ROOT = new URL('../../', import.meta.url);
const LABELS = new URL('test/accuracy/labels/', ROOT).pathname;

function parseArgs(argv) {
  const args = { corpora: process.env.PLUMBLINE_CORPORA ?? '.accuracy', sample: 30, seed: 'plumbline', write: false };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--write') args.write = true;
    else if (['--corpora', '--sample', '--seed', '--repos', '--unjudged', '--findings'].includes(flag)) args[flag.slice(2)] = argv[(i += 1)];
    else throw new Error(`unknown argument ${flag}`);
  }
  args.sample = Number(args.sample);
  if (!Number.isInteger(args.sample) || args.sample < 1) throw new Error('--sample takes a whole number, 1 or more');
  return args;
}

async function collect(repos, args) {
  if (args.findings && existsSync(args.findings)) {
    const kept = JSON.parse(readFileSync(args.findings, 'utf8'));
    console.log(`findings of ${kept.repos.join(', ')} read from ${args.findings} (delete it to scan again)`);
    const chosen = repos.filter((repo) => kept.repos.includes(repo.name));
    const names = new Set(chosen.map((repo) => repo.name));
    return { findings: kept.findings.filter((finding) => names.has(finding.repo)), labels: labelsOf(chosen) };
  }
  const findings = [];
  const scanned = [];
  for (const repo of repos) {
    const dir = join(args.corpora, repo.name);
    const problem = problemWith(repo, dir);
    if (problem) {
      console.log(`${repo.name}: skipped, ${problem}`);
      continue;
    }
    const outcome = await findingsOf(repo, dir);
    console.log(`${repo.name}: ${outcome.files} files, ${outcome.findings.length} findings, ${outcome.notices.length} notices`);
    findings.push(...outcome.findings);
    scanned.push(repo);
  }
  if (args.findings) writeFileSync(args.findings, JSON.stringify({ repos: scanned.map((repo) => repo.name), findings }));
  return { findings, labels: labelsOf(scanned) };
}

function labelsOf(repos) {
  const labels = new Map();
  for (const repo of repos) for (const [key, label] of readLabels(LABELS, repo.name)) labels.set(key, label);
  return labels;
}

function score(findings, labels, args) {
  const cells = new Map();
  for (const finding of findings) {
    const cell = `${finding.rule}\t${finding.group}`;
    cells.set(cell, [...(cells.get(cell) ?? []), finding]);
  }
  const scores = new Map();
  for (const [cell, all] of cells) scores.set(cell, scoreCell(sampleOf(all, args.sample, args.seed, cell), labels, all));
  return scores;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { repos } = JSON.parse(readFileSync(new URL('repos.json', import.meta.url), 'utf8'));
  const chosen = args.repos ? repos.filter((repo) => args.repos.split(',').includes(repo.name)) : repos;
  const { findings, labels } = await collect(chosen, args);
  const scores = score(findings, labels, args);
  const table = tableOf(scores);
  console.log(`\nsample ${args.sample} per cell, seed "${args.seed}"\n\n${table}`);
  if (args.write) writeDocs(ROOT, table);
  if (args.unjudged) {
    const unjudged = [...scores.values()].flatMap((s) => s.unjudged);
    writeFileSync(args.unjudged, worksheetOf(unjudged, args.corpora));
    console.log(`${unjudged.length} sampled findings without a label: ${args.unjudged}`);
  }
}

await main();
