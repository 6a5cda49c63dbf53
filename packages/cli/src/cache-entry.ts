// Shape checks for what a cache file holds: a hand-edited or damaged entry is a cache miss,
// never a crash further on.
import type { FileOutcome } from './check-file.js';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const areStrings = (value: Loose, keys: readonly string[]): boolean => keys.every((key) => typeof value[key] === 'string');
const areNumbers = (value: Loose, keys: readonly string[]): boolean => keys.every((key) => typeof value[key] === 'number');

function isLocation(value: unknown): boolean {
  return isObject(value) && typeof value.file === 'string' && areNumbers(value, ['startLine', 'startColumn', 'endLine', 'endColumn']);
}

function isFinding(value: unknown): boolean {
  if (!isObject(value) || !areStrings(value, ['ruleId', 'messageId', 'message', 'severity']) || !isLocation(value.location)) return false;
  return value.related === undefined || (Array.isArray(value.related) && value.related.every(isLocation));
}

function isNotice(value: unknown): boolean {
  return isObject(value) && areStrings(value, ['level', 'code', 'message']);
}

/** Whether a value read from a cache file has the shape of a file's outcome. */
export function isOutcome(value: unknown): value is FileOutcome {
  return isObject(value) && Array.isArray(value.findings) && value.findings.every(isFinding)
    && Array.isArray(value.notices) && value.notices.every(isNotice);
}
