import { relative, resolve } from 'node:path';
import pc from 'picocolors';
import { sortFindings } from '../finding.js';
import { maxOf } from '../limits.js';
import type { ScanResult } from '../scan-result.js';
import type { Finding, Notice, Severity } from '../types.js';
import { escapeControl } from './escape.js';
import { countFindings, isActive, plural, sortNotices } from './summary.js';
import type { FindingCounts } from './summary.js';

/** Options of the stylish formatter; the CLI decides `color` from the TTY and NO_COLOR. */
export interface StylishOptions {
  readonly color: boolean;
  /** Print paths relative to this directory instead of the repository root. */
  readonly cwd?: string;
}

type Colors = ReturnType<typeof pc.createColors>;

// One printed line: `  12:5  error  Message.  rule-id`.
interface Row {
  readonly line: number;
  readonly column: number;
  readonly position: string;
  readonly level: Severity;
  readonly message: string;
  readonly id: string;
}

const GENERAL = '';

function findingRow(finding: Finding): Row {
  const { startLine, startColumn } = finding.location;
  return {
    line: startLine, column: startColumn, position: `${startLine}:${startColumn}`,
    level: finding.severity, message: escapeControl(finding.message), id: finding.ruleId,
  };
}

function noticeRow(notice: Notice): Row {
  const position = notice.line === undefined ? '-' : String(notice.line);
  return { line: notice.line ?? 0, column: 0, position, level: notice.level, message: escapeControl(notice.message), id: notice.code };
}

// Files in path order; the general section (notices without a file) last.
function compareFiles(a: string, b: string): number {
  if (a === GENERAL || b === GENERAL) return Number(a === GENERAL) - Number(b === GENERAL);
  return a < b ? -1 : a > b ? 1 : 0;
}

// Rows by file; notices without a file go under GENERAL.
function groupRows(result: ScanResult): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  const add = (file: string, row: Row): void => {
    const rows = groups.get(file) ?? [];
    rows.push(row);
    groups.set(file, rows);
  };
  for (const finding of sortFindings(result.findings)) {
    if (isActive(finding)) add(finding.location.file, findingRow(finding));
  }
  for (const notice of sortNotices(result.notices)) add(notice.file ?? GENERAL, noticeRow(notice));
  for (const rows of groups.values()) rows.sort((a, b) => a.line - b.line || a.column - b.column);
  return new Map([...groups].sort(([a], [b]) => compareFiles(a, b)));
}

function levelColor(colors: Colors, level: Severity): (text: string) => string {
  if (level === 'error') return colors.red;
  return level === 'warning' ? colors.yellow : colors.cyan;
}

// Pads on the plain text, then colors, so ANSI codes never shift the columns.
function formatRows(rows: readonly Row[], colors: Colors): string[] {
  const width = (pick: (row: Row) => string): number => maxOf(rows.map((row) => pick(row).length));
  const positionWidth = width((row) => row.position);
  const levelWidth = width((row) => row.level);
  const messageWidth = width((row) => row.message);
  return rows.map((row) => [
    `  ${colors.dim(row.position.padEnd(positionWidth))}`,
    levelColor(colors, row.level)(row.level.padEnd(levelWidth)),
    row.message.padEnd(messageWidth),
    colors.dim(row.id),
  ].join('  '));
}

function displayPath(file: string, result: ScanResult, cwd: string | undefined): string {
  if (file === GENERAL) return 'General';
  if (cwd === undefined) return escapeControl(file);
  return escapeControl(relative(cwd, resolve(result.root, file)) || file);
}

function formatSummary(counts: FindingCounts, filesScanned: number, colors: Colors): string {
  const suppressed = [counts.suppressed > 0 ? `, ${counts.suppressed} suppressed` : '', counts.baselined > 0 ? `, ${counts.baselined} baselined` : ''].join('');
  const problems = counts.errors + counts.warnings + counts.notes;
  if (problems === 0) return colors.green(`No problems found in ${plural(filesScanned, 'file')}${suppressed}.`);
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.notes > 0) parts.push(plural(counts.notes, 'note'));
  const text = `✖ ${plural(problems, 'problem')} (${parts.join(', ')})${suppressed}`;
  const level: Severity = counts.errors > 0 ? 'error' : counts.warnings > 0 ? 'warning' : 'note';
  return colors.bold(levelColor(colors, level)(text));
}

/** ESLint-stylish text: findings and notices grouped by file, aligned columns, then a summary line. */
export function formatStylish(result: ScanResult, options: StylishOptions): string {
  const colors = pc.createColors(options.color);
  const blocks = [...groupRows(result)].map(([file, rows]) => [
    colors.underline(displayPath(file, result, options.cwd)),
    ...formatRows(rows, colors),
  ].join('\n'));
  blocks.push(formatSummary(countFindings(result.findings), result.filesScanned, colors));
  return `${blocks.join('\n\n')}\n`;
}
