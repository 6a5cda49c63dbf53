import type { EffectiveRule } from './config/types.js';
import type { Comment } from './suppressions/parse.js';
import type { Finding, Language, Notice } from './types.js';

/** A file handed to an engine: already read, decoded and known to be text. */
export interface SourceFile {
  readonly path: string; // absolute
  readonly relativePath: string; // to the repository root, forward slashes; used in findings
  readonly text: string;
  readonly language: Language;
}

/** What an engine found in one file. Comments feed suppression directives. */
export interface FileResult {
  readonly findings: readonly Finding[];
  readonly comments: readonly Comment[];
  readonly notices: readonly Notice[];
}

/** A checker for some languages. It parses each file once and runs every given rule over that tree. */
export interface Engine {
  readonly name: string;
  readonly languages: readonly Language[];
  /** Checks one file. Must not throw for bad input: a parse failure is a notice. */
  check(file: SourceFile, rules: readonly EffectiveRule[]): FileResult;
}
