import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigError, VERSION } from '@plumbline/core';
import { explainRule } from './commands/explain.js';
import { printConfig } from './commands/print-config.js';
import { formatRules } from './commands/rules.js';
import { runScan } from './commands/scan.js';
import { runMergeSarif } from './commands/merge-sarif.js';
import { FORMATS, parseOutputs } from './outputs.js';
import { DEFAULT_FILE_TIMEOUT_MS } from './scan.js';
import { parseShard, type Shard } from './shard.js';

const PRESETS = ['recommended', 'strict', 'none'];

function integer(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}`);
    return n;
  };
}

function addScan(program: Command, argv: readonly string[]): void {
  const scan = program.command('scan', { isDefault: true }).description('check files and directories (default: .)')
    .argument('[paths...]', 'files and directories to scan')
    .addOption(new Option('-f, --format <format>', 'output format; repeat with --output for several').choices(FORMATS))
    .option('-o, --output <file>', 'write the preceding --format to a file instead of stdout')
    .option('-c, --config <file>', 'configuration file (default: plumbline.config.json found from the working directory up)')
    .addOption(new Option('--preset <preset>', 'rule set to start from, over the config file').choices(PRESETS))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', integer(0), -1)
    .option('--quiet', 'report errors only', false)
    .option('--category <id>', 'SARIF automationDetails.id, to keep several runs apart in code scanning')
    .option('--sarif-include-suppressed', 'write suppressed findings to SARIF with their reason', false)
    .option('--color', 'force colored text output').option('--no-color', 'disable colored text output')
    .option('--max-file-size <mb>', 'skip files larger than this many megabytes (default 2)', integer(1))
    .option('--baseline <file>', 'report only findings that are not in this baseline file')
    .option('--update-baseline', 'write the baseline file from this scan (with --baseline)', false)
    .option('--prune-baseline', 'drop entries that no longer match from the baseline file (with --baseline)', false)
    .option('--report-unused-suppressions', 'report plumbline-ignore and eslint-disable comments that suppress nothing (default: config, else on)')
    .option('--no-report-unused-suppressions', 'do not report them');
  addScaleOptions(scan).action(async (paths: string[], opts: Record<string, unknown>) => {
    const outputs = parseOutputs(argv.slice(2));
    process.exitCode = await runScan(paths, {
      config: opts.config as string | undefined, preset: opts.preset as never, maxWarnings: opts.maxWarnings as number,
      quiet: Boolean(opts.quiet), category: opts.category as string | undefined,
      sarifIncludeSuppressed: Boolean(opts.sarifIncludeSuppressed), color: opts.color as boolean | undefined,
      maxFileSize: opts.maxFileSize as number | undefined, outputs, baseline: opts.baseline as string | undefined,
      updateBaseline: Boolean(opts.updateBaseline), pruneBaseline: Boolean(opts.pruneBaseline),
      reportUnusedSuppressions: opts.reportUnusedSuppressions as boolean | undefined,
      jobs: (opts.jobs as number | undefined) ?? 'auto', fileTimeout: opts.fileTimeout as number, cache: opts.cache !== false,
      cacheLocation: opts.cacheLocation as string | undefined, changedSince: opts.changedSince as string | undefined, shard: opts.shard as Shard | undefined,
    });
  });
}

// Options that spread a scan over cores, runs and machines, or narrow it to what changed.
function addScaleOptions(scan: Command): Command {
  return scan
    .option('-j, --jobs <n>', 'worker threads checking files (1: check in this thread; default: up to the cores, one per 50 files)', integer(1))
    .option('--file-timeout <seconds>', 'report and skip a file that takes longer than this in a worker (0: no limit)', integer(0), DEFAULT_FILE_TIMEOUT_MS / 1000)
    .option('--no-cache', 'check every file, ignoring and not writing the results cache')
    .option('--cache-location <dir>', 'folder of the results cache (default: node_modules/.cache/plumbline at the repository root)')
    .option('--changed-since <ref>', 'check only files changed since the merge-base of <ref> and HEAD, and untracked files (needs git)')
    .option('--shard <k/n>', 'check only the k-th of n stable parts of the files (for a CI matrix; merge with merge-sarif)', shardOption);
}

function shardOption(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function addInfoCommands(program: Command): void {
  program.command('rules').description('list the rule catalog')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action((opts: { format: 'text' | 'json' }) => void process.stdout.write(formatRules(opts.format)));
  program.command('explain').description("print a rule's documentation").argument('<rule-id>')
    .action((ruleId: string) => void process.stdout.write(explainRule(ruleId)));
  program.command('print-config').description('show the rules and options that apply to a file').argument('<file>')
    .option('-c, --config <file>', 'configuration file')
    .addOption(new Option('--preset <preset>', 'rule set to start from').choices(PRESETS))
    .action((file: string, opts: { config?: string; preset?: 'none' }) => void process.stdout.write(printConfig(file, opts)));
  program.command('merge-sarif').description('merge the SARIF files of a sharded scan into one run per tool')
    .argument('<files...>', 'SARIF files written by plumbline scan --shard k/n --format sarif')
    .option('-o, --output <file>', 'write the merged SARIF to a file instead of stdout')
    .action((files: string[], opts: { output?: string }) => runMergeSarif(files, opts.output));
}

/** Builds the `plumbline` command line program. */
export function createProgram(argv: readonly string[]): Command {
  const program = new Command('plumbline').version(VERSION)
    .description('Backend standards for Python, Go, JavaScript and TypeScript: one scan, text, JSON or SARIF.')
    .exitOverride().showHelpAfterError('(run with --help for usage)');
  addScan(program, argv);
  addInfoCommands(program);
  return program;
}

/** Runs the CLI; exit codes: 0 clean, 1 findings, 2 usage, configuration or internal error. */
export async function main(argv: readonly string[] = process.argv): Promise<void> {
  try {
    await createProgram(argv).parseAsync([...argv]);
  } catch (error) {
    process.exitCode = handleError(error);
  }
}

function handleError(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`plumbline: ${error.describe()}\n`);
    return 2;
  }
  const detail = process.env.PLUMBLINE_DEBUG ? (error as Error).stack : (error as Error).message;
  process.stderr.write(`plumbline: internal error: ${detail}\nPlease report it; set PLUMBLINE_DEBUG=1 for the stack trace.\n`);
  return 2;
}
