// File names of Python modules and Go source files. The finding is placed on the file's first
// line of code (the package clause in Go), column 1: comments above it can mark it.
import {
  describeStyle, type KindOptions, matchesStyle, type NamingStyle, stylesOf, toStyle,
} from '@plumbline/core/rules/naming-convention';
import { type FileName, isAllowed, splitFileName } from '@plumbline/core/naming';
import type { CheckFile, Report, Span } from '../../check.js';
import { CODE } from '../../lines.js';

// .semgrep/rules/no-raw-sql.py, .github/scripts/release-notes.py: a dot folder holds a tool's files, named by that tool
const inDotFolder = (segments: readonly string[]): boolean => segments.slice(0, -1).some((segment) => /^\.[^./]/.test(segment));

/** The stem and extensions of a repository-relative path's base name; undefined for files in dot folders. */
export function fileNameOf(path: string): FileName | undefined {
  const segments = path.split('/');
  if (inDotFolder(segments)) return undefined;
  return splitFileName(segments[segments.length - 1] ?? '');
}

// Styles that are all lower case: `channel_USD` is a snake_case name, never a module name.
const LOWER_STYLES = new Set<NamingStyle>(['snake_case', 'kebab-case', 'lowercase']);
// 0001_initial.py, 20240101_add_users.go: a numbered file (migrations) keeps its number first
const NUMBERED = /^[0-9]+_(?=[a-z])/;

/** Whether a file stem is written in the style; lower-case styles admit no capital letter in a file name. */
export function fileMatchesStyle(stem: string, style: NamingStyle): boolean {
  const plain = stem.replace(NUMBERED, '');
  if (LOWER_STYLES.has(style) && plain !== plain.toLowerCase()) return false;
  return matchesStyle(plain, style);
}

/** The span of a file-name finding: the first line of code (not blank, comment or docstring), column 1. */
export function fileSpan(file: CheckFile): Span {
  const row = Math.max(0, file.lineKinds.indexOf(CODE));
  return { start: { row, column: 0 }, end: { row, column: 0 } };
}

// channel_USD: snake_case as a name, mixed case as a file name
const foundStyle = (stem: string): string => (/[A-Z]/.test(stem) && /_/.test(stem) ? 'mixed case' : describeStyle(stem));

/** A report when the file's stem follows none of the styles of `options`. */
export function checkFileName(file: CheckFile, name: FileName | undefined, label: string, options: KindOptions): Report | undefined {
  if (!name || isAllowed(name.stem, options)) return undefined;
  const { stem, extensions } = name;
  const styles = stylesOf(options);
  if (styles.some((style) => fileMatchesStyle(stem, style))) return undefined;
  const [first = 'snake_case'] = styles;
  const suggestion = `${toStyle(stem, first)}${extensions}`;
  const data = { kind: label, name: `${stem}${extensions}`, found: foundStyle(stem), expected: styles.join(' or '), suggestion };
  return { at: fileSpan(file), data };
}
