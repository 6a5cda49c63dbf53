// Scores a sample per rule × language against the labels, as a markdown table.
import { catalog, presetEntry } from '../../packages/core/dist/index.js';

/** The bar a cell must clear to be in `recommended`. */
export const BAR = { precision: 0.9, judged: 30, repos: 2 };

const fixed = (value) => (Number.isFinite(value) ? value.toFixed(2) : '–');

/** Tallies one cell's sample against the labels. */
export function scoreCell(sample, labels, all) {
  const tally = { tp: 0, fp: 0, debatable: 0, unjudged: [], judgedRepos: new Set() };
  for (const finding of sample) {
    const label = labels.get(`${finding.repo}\t${finding.path}:${finding.line}\t${finding.rule}`);
    if (!label) tally.unjudged.push(finding);
    else {
      tally[label.verdict] += 1;
      tally.judgedRepos.add(finding.repo);
    }
  }
  const judged = tally.tp + tally.fp + tally.debatable;
  const repos = new Set(all.map((finding) => finding.repo));
  return { ...tally, judged, findings: all.length, repos: repos.size, strict: tally.tp / judged, lenient: (tally.tp + tally.debatable) / judged };
}

/** Whether a cell's score clears the bar for `recommended`. */
export const clearsBar = (score) => score.judged >= BAR.judged && score.judgedRepos.size >= BAR.repos && score.strict >= BAR.precision;

const GROUP_LANGUAGES = { Python: ['python'], Go: ['go'], 'JS/TS': ['javascript', 'typescript'] };

/** Whether `recommended` turns the rule on for the cell's language (config files: for any language). */
const inRecommended = (ruleId, group) => {
  const rule = catalog.find((candidate) => candidate.id === ruleId);
  const languages = GROUP_LANGUAGES[group] ?? [undefined];
  return languages.some((language) => Boolean(presetEntry(rule, 'recommended', language)));
};

/** The table rows, one per cell, sorted by rule then language. */
export function tableOf(scores) {
  const head = '| rule | language | findings (repos) | judged (repos) | TP / FP / debatable | precision, debatable as FP / as TP | in recommended | bar (≥ 0.9 on ≥ 30 over ≥ 2 repos) |\n| --- | --- | ---: | ---: | --- | --- | --- | --- |';
  const rows = [...scores.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([cell, s]) => {
    const [rule, group] = cell.split('\t');
    const bar = clearsBar(s) ? 'met' : s.judged < BAR.judged || s.judgedRepos.size < BAR.repos ? 'too few judged' : 'missed';
    return `| \`${rule}\` | ${group} | ${s.findings} (${s.repos}) | ${s.judged} (${s.judgedRepos.size}) | ${s.tp} / ${s.fp} / ${s.debatable} | ${fixed(s.strict)} / ${fixed(s.lenient)} | ${inRecommended(rule, group) ? 'yes' : 'no'} | ${bar} |`;
  });
  return `${head}\n${rows.join('\n')}\n`;
}
