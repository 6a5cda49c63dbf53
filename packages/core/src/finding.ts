import type { Finding, Location } from './types.js';

/** Fills `{{name}}` placeholders of a rule message; unknown placeholders stay as written. */
export function formatMessage(template: string, data: Readonly<Record<string, unknown>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** Shortens code for a message: one line, at most `max` characters. */
export function excerpt(text: string, max = 40): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Masks a secret for display: its first 4 characters, then an ellipsis. */
export function maskSecret(value: string): string {
  return `${[...value].slice(0, 4).join('')}…`;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders locations by file, line, column. */
export function compareLocations(a: Location, b: Location): number {
  return byText(a.file, b.file) || a.startLine - b.startLine || a.startColumn - b.startColumn
    || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

/** Orders findings by file, line, column, rule, then message: output never depends on file order. */
export function compareFindings(a: Finding, b: Finding): number {
  return compareLocations(a.location, b.location) || byText(a.ruleId, b.ruleId) || byText(a.message, b.message);
}

/** A sorted copy of the findings. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
