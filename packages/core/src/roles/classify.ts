// Decides a file's role: configured globs first, then what the path says, then (for files the
// path calls source) what the content says.
import { firstMatchingGlob } from '../config/globs.js';
import type { Language } from '../types.js';
import { CONTENT_HEAD, CONTENT_SIGNALS, isMinified } from './content-signals.js';
import { PATH_SIGNALS, type PathSignal } from './path-signals.js';
import { FILE_ROLES, type FileRole, type RoleDecision } from './types.js';

/** Globs per role from the configuration; they win over inference, in FILE_ROLES order. */
export type RoleGlobs = Readonly<Partial<Record<FileRole, readonly string[]>>>;

function signalMatches(signal: PathSignal, folders: readonly string[], file: string, path: string): string | undefined {
  if (signal.file?.test(file)) return `\`${file}\``;
  if (signal.path?.test(path)) return `\`${path}\``;
  const folder = folders.find((name) => signal.folders?.includes(name) || signal.folderPattern?.test(name));
  return folder === undefined ? undefined : `\`${folder}/\``;
}

/** The role a repository-relative path (forward slashes) implies, or undefined for plain source. */
export function roleFromPath(path: string): RoleDecision | undefined {
  const lower = path.toLowerCase();
  const segments = lower.split('/');
  const file = segments.pop() ?? '';
  for (const signal of PATH_SIGNALS) {
    const evidence = signalMatches(signal, segments, file, lower);
    if (evidence) return { role: signal.role, reason: `path: ${signal.why} ${evidence}` };
  }
  return undefined;
}

/** The role a file's text implies (only `generated` when `onlyGenerated`), or undefined when nothing in it decides. */
export function roleFromContent(path: string, language: Language, text: string, onlyGenerated = false): RoleDecision | undefined {
  if (isMinified(path, text)) return { role: 'generated', reason: 'content: a minified bundle' };
  for (const signal of CONTENT_SIGNALS) {
    if (signal.languages !== 'all' && !signal.languages.includes(language)) continue;
    if (onlyGenerated && signal.role !== 'generated') continue;
    if (signal.pattern.test(text.slice(0, signal.head ?? CONTENT_HEAD))) return { role: signal.role, reason: `content: ${signal.why}` };
  }
  return undefined;
}

/** What the classifier knows about a file; `text` is absent when the file has not been read. */
export interface RoleInput {
  readonly path: string; // relative to the config root (or the repository), forward slashes
  readonly language: Language;
  readonly text?: string;
}

/**
 * A file's role: configured globs, then generated markers (path or content: generated code is
 * never reported, wherever it sits), then the path, then the content; `source` when nothing decides.
 */
export function classifyFile({ path, language, text }: RoleInput, globs: RoleGlobs = {}): RoleDecision {
  for (const role of FILE_ROLES) {
    const glob = firstMatchingGlob(path, globs[role] ?? []);
    if (glob !== undefined) return { role, reason: `config: roles.${role} glob \`${glob}\`` };
  }
  const fromPath = roleFromPath(path);
  if (fromPath?.role === 'generated') return fromPath;
  const fromContent = text === undefined ? undefined : roleFromContent(path, language, text, fromPath !== undefined);
  if (fromContent?.role === 'generated') return fromContent;
  return fromPath ?? fromContent ?? { role: 'source', reason: text === undefined ? 'path: no role signal' : 'no role signal in path or content' };
}
