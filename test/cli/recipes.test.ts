// The CI recipes of examples/ci and docs/code-scanning.md: they parse, they use the actions and
// steps code scanning needs, their `plumbline scan` command is one the CLI accepts, and run on
// the demo backend it writes SARIF that GitHub takes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyOfExamples, plumbline, REPO } from './run.js';
import { githubSarifProblems } from '../support/github-sarif.js';
import { plumblineArgs, unknownOptions, yamlBlocks } from '../support/recipes.js';
import { sarifErrors } from '../support/sarif-schema.js';

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Workflow { on: Record<string, unknown>; jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }> }

const WORKFLOWS = ['plumbline.yml', 'plumbline-pull-request.yml'];
const read = (name: string): string => readFileSync(join(REPO, 'examples/ci/github-actions', name), 'utf8');
const stepsOf = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps);
const scanStep = (workflow: Workflow): Step => stepsOf(workflow).find((step) => step.run?.includes(' scan'))!;
const valueOf = (args: readonly string[], flag: string): string | undefined => args[args.indexOf(flag) + 1];

// Options a recipe may use before this branch's CLI has them (none now: #23 brought --changed-since).
const AWAITING = new Set<string>();

describe.each(WORKFLOWS)('examples/ci/github-actions/%s', (name) => {
  const workflow = parse(read(name)) as Workflow;
  const args = plumblineArgs(scanStep(workflow).run ?? '');

  it('checks out, sets up Node 20, scans to SARIF and uploads it with the same category', () => {
    const uses = stepsOf(workflow).map((step) => step.uses).filter(Boolean);
    expect(uses).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'github/codeql-action/upload-sarif@v3']);
    expect(stepsOf(workflow)[1]?.with).toEqual({ 'node-version': 20 });
    expect(Object.values(workflow.jobs)[0]?.permissions['security-events']).toBe('write');
    const upload = stepsOf(workflow).find((step) => step.uses?.includes('upload-sarif'));
    expect(valueOf(args, '--format')).toBe('sarif');
    expect(upload?.with).toEqual({ sarif_file: valueOf(args, '--output'), category: valueOf(args, '--category') });
  });

  it('uses only options plumbline scan knows', () => {
    expect(args[0]).toBe('scan');
    expect(unknownOptions(args.slice(1)).filter((flag) => !AWAITING.has(flag))).toEqual([]);
  });

  it('is shown in docs/code-scanning.md as it is', () => {
    expect(yamlBlocks('docs/code-scanning.md')).toContain(read(name));
  });
});

describe('the pull request variant', () => {
  const full = plumblineArgs(scanStep(parse(read('plumbline.yml')) as Workflow).run ?? '');
  const pr = parse(read('plumbline-pull-request.yml')) as Workflow;
  const args = plumblineArgs(scanStep(pr).run ?? '');

  it('scans only what changed since the base branch, with its full history checked out, and otherwise as the full scan', () => {
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(stepsOf(pr)[0]?.with).toEqual({ 'fetch-depth': 0 });
    expect(valueOf(args, '--changed-since')).toBe('origin/$BASE_REF');
    expect(scanStep(pr).env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    const rest = args.filter((_, index) => index !== args.indexOf('--changed-since') && index !== args.indexOf('--changed-since') + 1);
    expect(rest).toEqual(full);
  });
});

describe('the full scan recipe, run on the demo backend', () => {
  it('exits 0 against a baseline of today, prints text and writes SARIF that GitHub takes', () => {
    const dir = copyOfExamples();
    const args = plumblineArgs(scanStep(parse(read('plumbline.yml')) as Workflow).run ?? '');
    expect(plumbline([...args, '--update-baseline'], dir).code).toBe(0);
    const run = plumbline(args, dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/No problems found in \d+ files, \d+ baselined\./);
    const sarif = readFileSync(join(dir, 'plumbline.sarif'), 'utf8');
    expect(sarifErrors(JSON.parse(sarif))).toEqual([]);
    expect(githubSarifProblems(sarif)).toEqual([]);
    expect(JSON.parse(sarif).runs[0].automationDetails).toEqual({ id: 'plumbline/' });
  });
});

describe('YAML in the docs', () => {
  it.each(['docs/code-scanning.md', 'docs/output-formats.md'])('every yaml block of %s parses', (path) => {
    for (const block of yamlBlocks(path)) expect(() => parse(block), block).not.toThrow();
  });
});
