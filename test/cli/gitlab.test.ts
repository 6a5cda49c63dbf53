// `--format gitlab` against the Code Quality schema GitLab documents, on the demo backend.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyOfExamples, longPythonFunction, plumbline, project, REPO } from './run.js';
import { gitlabErrors } from '../support/gitlab-code-quality-schema.js';
import { plumblineArgs, unknownOptions, yamlBlocks } from '../support/recipes.js';

interface Issue { check_name: string; severity: string; fingerprint: string; location: { path: string; lines: { begin: number } } }

describe('the GitLab Code Quality schema check', () => {
  it('rejects reports GitLab would not read', () => {
    const good = { description: 'd', check_name: 'c', fingerprint: 'f', severity: 'minor', location: { path: 'a.py', lines: { begin: 1 } } };
    expect(gitlabErrors([good])).toEqual([]);
    expect(gitlabErrors({})).not.toEqual([]);
    expect(gitlabErrors([{ ...good, severity: 'warning' }])).not.toEqual([]);
    expect(gitlabErrors([{ ...good, location: { path: '/abs/a.py', lines: { begin: 1 } } }])).not.toEqual([]);
    expect(gitlabErrors([{ ...good, location: { path: 'a.py', lines: { begin: 0 } } }])).not.toEqual([]);
    expect(gitlabErrors([good, good])).toEqual(['fingerprints are not unique']);
  });
});

describe('plumbline scan --format gitlab', () => {
  it('writes a valid Code Quality report of the examples, one issue per active finding', () => {
    const report = JSON.parse(plumbline(['scan', 'examples', '--preset', 'strict', '--format', 'gitlab'], REPO).stdout) as Issue[];
    const json = JSON.parse(plumbline(['scan', 'examples', '--preset', 'strict', '--format', 'json'], REPO).stdout) as { findings: { ruleId: string; file: string; line: number }[] };
    expect(gitlabErrors(report)).toEqual([]);
    expect(report.map((i) => `${i.location.path}:${i.location.lines.begin} ${i.check_name}`)).toEqual(json.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`));
    expect(report.find((i) => i.check_name === 'parameterized-sql')?.severity).toBe('critical');
    expect(report.find((i) => i.check_name === 'max-function-lines')?.severity).toBe('minor');
  });

  it('leaves out suppressed findings and gives identical findings distinct fingerprints', () => {
    const twice = `${longPythonFunction('f', 60)}\n\n${longPythonFunction('f', 60)}`;
    const dir = project({ 'a.py': twice, 'b.py': `# plumbline-ignore-file max-function-lines -- generated\n${longPythonFunction('g', 60)}` });
    const report = JSON.parse(plumbline(['scan', '--format', 'gitlab'], dir).stdout) as Issue[];
    expect(gitlabErrors(report)).toEqual([]);
    expect(report.map((i) => i.location.path)).toEqual(['a.py', 'a.py']);
    expect(report[0]?.fingerprint.split(':')[0]).toBe(report[1]?.fingerprint.split(':')[0]);
  });
});

describe('examples/ci/gitlab-ci.yml', () => {
  interface Job { script: string[]; artifacts: { when: string; reports: { codequality: string } } }
  const text = readFileSync(join(REPO, 'examples/ci/gitlab-ci.yml'), 'utf8');
  const job = (parse(text) as Record<string, Job>).plumbline!;
  const args = plumblineArgs(job.script[0] ?? '');

  it('declares the report plumbline writes as the codequality artifact, also when the scan fails', () => {
    expect(args.slice(0, 5)).toEqual(['scan', '--format', 'gitlab', '--output', job.artifacts.reports.codequality]);
    expect(unknownOptions(args.slice(1))).toEqual([]);
    expect(job.artifacts.when).toBe('always');
    expect(yamlBlocks('docs/output-formats.md').map((block) => parse(block) as unknown)).toContainEqual(parse(text));
  });

  it('writes a valid report when run on the demo backend', () => {
    const dir = copyOfExamples();
    expect(plumbline(args, dir).code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8')) as Issue[];
    expect(gitlabErrors(report)).toEqual([]);
    expect(report.length).toBeGreaterThan(10);
  });
});
