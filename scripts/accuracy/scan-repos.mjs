// Scans the pinned repositories with every rule of the catalog on, as findings keyed for labels.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog, languageOf } from '../../packages/core/dist/index.js';
import { scan } from '../../packages/cli/dist/index.js';
import { groupOf } from './sample.mjs';

// Every rule at its default severity and roles: what a team sees that turns everything on.
function allRulesConfig() {
  const file = join(tmpdir(), 'plumbline-accuracy.config.json');
  writeFileSync(file, JSON.stringify({ preset: 'none', rules: Object.fromEntries(catalog.map((rule) => [rule.id, rule.severity])) }));
  return file;
}

function headOf(dir) {
  const git = spawnSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
  return git.status === 0 ? git.stdout.trim() : undefined;
}

/** Why a pinned repository cannot be scanned (missing, or at another commit), or undefined. */
export function problemWith(repo, dir) {
  if (!existsSync(dir)) return `missing: git clone ${repo.url} ${dir} && git -C ${dir} checkout ${repo.commit}`;
  const head = headOf(dir);
  if (head !== repo.commit) return `at ${head ?? 'no git commit'}, pinned ${repo.commit}: git -C ${dir} checkout ${repo.commit}`;
  return undefined;
}

/** The findings of one repository, each with its label key parts and cell. */
export async function findingsOf(repo, dir) {
  const outcome = await scan({ cwd: dir, paths: [dir], configFile: allRulesConfig() });
  const findings = outcome.findings.filter((finding) => !finding.suppression).map((finding) => {
    const { file, startLine } = finding.location;
    return {
      repo: repo.name, path: file, line: startLine, rule: finding.ruleId, message: finding.message,
      group: groupOf(languageOf(file)), id: `${repo.name}/${file}:${String(startLine).padStart(7, '0')}:${finding.ruleId}`,
    };
  });
  return { findings, notices: outcome.notices, files: outcome.filesScanned };
}
