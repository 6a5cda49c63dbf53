// The JavaScript and TypeScript engine of `plumbline scan`: ESLint's Linter running the plugin's rules.
import { isAbsolute, parse, resolve } from 'node:path';
import {
  type Comment, type EffectiveRule, type Engine, type FileResult, type Finding, LANGUAGE_NAMES, MAX_NESTING_DEPTH, NestingLimitError,
  nestingNotice, type Notice, type SourceFile,
} from '@plumbline/core';
import plumbline, { collectRelated, type RelatedPlace, relatedKey } from '@plumbline/eslint-plugin';
import { Linter } from 'eslint';
import { depthLimitedParser } from './depth-limited-parser.js';
import { suppressionOf, unusedDirectiveNotices } from './eslint-directives.js';
import { measureScript } from './script-shape.js';

const PREFIX = '@plumbline/';
const FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

// typescript-eslint's parser reads every file: JSX in .js, CommonJS and ES modules, repeated
// declarations. On very deep nesting it fails with an error we can catch, where espree can
// abort the whole process (V8 runs out of stack inside a regular expression).
const baseConfig: Linter.Config[] = [
  {
    files: FILES,
    plugins: { '@plumbline': plumbline },
    // node maps only serve type-aware rules; without them a large file needs far less memory
    languageOptions: { parser: depthLimitedParser, sourceType: 'module', ecmaVersion: 'latest', parserOptions: { preserveNodeMaps: false } },
    // eslint-disable comments suppress as in ESLint, so both agree on a file; ESLint cannot read
    // them without also reading /* eslint rule: … */ configuration comments, which apply too
    linterOptions: { noInlineConfig: false, reportUnusedDisableDirectives: 'warn', reportUnusedInlineConfigs: 'off' },
  },
  { files: ['**/*.{cjs,cts}'], languageOptions: { sourceType: 'commonjs' } },
  // the scan decides what to skip; ESLint would silently ignore files under node_modules
  { ignores: ['!**/node_modules/'] },
];

const configs = new Map<string, Linter.Config[]>();
const RELEASE_AFTER_CHARS = 100_000;
const linters = new Map<string, Linter>();

function configFor(rules: readonly EffectiveRule[]): Linter.Config[] {
  const key = rules.map((rule) => `${rule.id} ${JSON.stringify(rule.options)}`).join('\n');
  let config = configs.get(key);
  if (!config) {
    const entries = rules.map((rule): [string, Linter.RuleEntry] => [`${PREFIX}${rule.id}`, ['warn', rule.options]]);
    config = [...baseConfig, { files: FILES, rules: Object.fromEntries(entries) }];
    configs.set(key, config);
  }
  return config;
}

// ESLint matches config globs relative to its cwd, so each file-system root gets its own Linter.
function linterFor(path: string): Linter {
  const root = parse(path).root;
  let linter = linters.get(root);
  if (!linter) {
    linter = new Linter({ cwd: root });
    linters.set(root, linter);
  }
  return linter;
}

type Related = ReadonlyMap<string, readonly RelatedPlace[]>;

function relatedOf(message: Linter.LintMessage, file: SourceFile, related: Related): Finding['related'] {
  const places = related.get(relatedKey(message.ruleId ?? '', message.line, message.column));
  return places?.map((place) => ({
    file: file.relativePath, startLine: place.line, startColumn: place.column, endLine: place.endLine, endColumn: place.endColumn, message: place.message,
  }));
}

function toFinding(message: Linter.LintMessage | Linter.SuppressedLintMessage, file: SourceFile, rules: readonly EffectiveRule[], related: Related): Finding[] {
  const id = message.ruleId?.startsWith(PREFIX) ? message.ruleId.slice(PREFIX.length) : undefined;
  const rule = rules.find((candidate) => candidate.id === id);
  if (!rule) return [];
  const location = {
    file: file.relativePath,
    startLine: message.line,
    startColumn: message.column,
    endLine: message.endLine ?? message.line,
    endColumn: message.endColumn ?? message.column,
  };
  const places = relatedOf(message, file, related);
  const finding: Finding = { ruleId: rule.id, messageId: message.messageId ?? '', message: message.message, severity: rule.severity, location };
  const suppression = 'suppressions' in message ? suppressionOf(message) : undefined;
  return [{ ...finding, ...(places ? { related: places } : {}), ...(suppression ? { suppression } : {}) }];
}

function commentsOf(sourceCode: ReturnType<Linter['getSourceCode']> | null): Comment[] {
  if (!sourceCode) return [];
  return sourceCode.getAllComments().map((comment) => ({
    text: sourceCode.text.slice(comment.range?.[0] ?? 0, comment.range?.[1] ?? 0),
    line: comment.loc?.start.line ?? 1,
    column: (comment.loc?.start.column ?? 0) + 1,
    endLine: comment.loc?.end.line ?? 1,
  }));
}

const isStackOverflow = (text: string): boolean => /Maximum call stack size exceeded|Not enough stack space/.test(text);
const NESTING_LIMIT = new NestingLimitError('The file');

// The same notice whether the bracket count, the tree's depth or (past them) the stack stopped it.
function tooDeep(file: SourceFile, line?: number): Notice {
  return nestingNotice(file.relativePath, line === undefined ? NESTING_LIMIT : new NestingLimitError('The file', line));
}

function parseError(file: SourceFile, fatal: Linter.LintMessage): Notice {
  if (fatal.message.includes(NESTING_LIMIT.message)) return tooDeep(file, fatal.line);
  if (isStackOverflow(fatal.message)) return tooDeep(file);
  const detail = fatal.message.replace(/^Parsing error:\s*/, '').replace(/\.$/, '');
  const where = fatal.line ? ` at line ${fatal.line}` : '';
  const message = `${LANGUAGE_NAMES[file.language]} syntax error${where} (${detail}); the file was not checked.`;
  return { level: 'warning', code: 'parse-error', file: file.relativePath, ...(fatal.line ? { line: fatal.line } : {}), message };
}

// Counted before parsing, since the parser recurses per bracket (the scan counts tokens in read-source.ts).
function refuseByDepth(file: SourceFile): Notice | undefined {
  return measureScript(file.text).depth > MAX_NESTING_DEPTH ? tooDeep(file) : undefined;
}

function engineError(file: SourceFile, reason: string): Notice {
  return { level: 'error', code: 'engine-error', file: file.relativePath, message: `Internal error in the ESLint engine: ${reason}` };
}

// Documented in ESLint's Node.js API, but missing from the type declarations ESLint ships.
const suppressedMessages = (linter: Linter): Linter.SuppressedLintMessage[] =>
  (linter as Linter & { getSuppressedMessages(): Linter.SuppressedLintMessage[] }).getSuppressedMessages();

function lint(file: SourceFile, rules: readonly EffectiveRule[]): FileResult {
  const refusal = refuseByDepth(file);
  if (refusal) return { findings: [], comments: [], notices: [refusal] };
  const known = rules.filter((rule) => Object.hasOwn(plumbline.rules, rule.id));
  const notices = known.length === rules.length ? [] : [
    engineError(file, `no ESLint rule for ${rules.filter((rule) => !known.includes(rule)).map((rule) => rule.id).join(', ')}`),
  ];
  const path = isAbsolute(file.path) ? file.path : resolve(file.path);
  const linter = linterFor(path);
  const { result: messages, related } = collectRelated(() => linter.verify(file.text, configFor(known), { filename: path }));
  const sourceCode = linter.getSourceCode();
  // a file that did not parse has no source code; other fatal messages are malformed /* eslint */ comments
  const fatal = sourceCode ? undefined : messages.find((message) => message.fatal);
  if (fatal) return { findings: [], comments: [], notices: [...notices, parseError(file, fatal)] };
  const findings = [...messages, ...suppressedMessages(linter)].flatMap((message) => toFinding(message, file, known, related));
  const unused = unusedDirectiveNotices(messages, file, new Set(known.map((rule) => rule.id)));
  const comments = commentsOf(sourceCode);
  // a Linter keeps its last file's trees, tokens and scopes (400 MB for the largest files) until
  // its next file: after a large one, a new Linter takes over and that memory can go
  if (file.text.length > RELEASE_AFTER_CHARS) linters.delete(parse(path).root);
  return { findings, comments, notices: [...notices, ...unused] };
}

/** ESLint with the Plumbline plugin: one parse per file, every enabled JS/TS rule over it. */
export const eslintEngine: Engine = {
  name: 'eslint',
  languages: ['javascript', 'typescript'],
  check(file, rules) {
    try {
      return lint(file, rules);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const notice = isStackOverflow(reason) ? tooDeep(file) : engineError(file, reason);
      return { findings: [], comments: [], notices: [notice] };
    }
  },
};
