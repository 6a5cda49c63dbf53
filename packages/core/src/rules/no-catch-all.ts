import { defineRule } from '../define-rule.js';
import { MAX_PATTERN_INPUT } from '../limits.js';

/** Options of `no-catch-all`. */
export interface NoCatchAllOptions {
  allowLogged: boolean;
  loggers: string[];
  allowDeferClose: boolean;
  allowSpecificExceptions: boolean;
}
const defaults: NoCatchAllOptions = { allowLogged: true, loggers: [], allowDeferClose: true, allowSpecificExceptions: true };

/**
 * Callees that log, matched against the end of a call's dotted name (`self.logger.error`
 * matches `logger.*`); `*` stands for any part of one name. The `loggers` option adds to these.
 */
export const DEFAULT_LOGGERS: readonly string[] = [
  'logger.*', 'logging.*', 'log.*', '*_logger.*', '*Logger.*', 'LOG.*', 'console.*', 'slog.*', 'zap.*', 'logrus.*',
  'print', 'traceback.print_exc', 'traceback.print_exception', 'captureException', 'capture_exception', 'captureError',
];

// A configured name is text, not a regular expression: `log(` or `(a+)+` match only themselves.
function toRegExp(pattern: string): RegExp {
  const parts = pattern.split('.').map((part) => part.split('*').map((text) => text.replace(/[\\^$.|?+()[\]{}]/g, '\\$&')).join('[\\w$]*'));
  return new RegExp(`(?:^|\\.)${parts.join('\\.')}$`, 'i');
}

/** Builds a test for whether a dotted callee (`self.logger.error`) is a logger: the built-in list plus `extra`. */
export function loggerMatcher(extra: readonly string[] = []): (callee: string) => boolean {
  const patterns = [...DEFAULT_LOGGERS, ...extra].map(toRegExp);
  // a callee longer than any configured pattern's input is a chain no one writes as a logger
  return (callee) => callee.length <= MAX_PATTERN_INPUT && patterns.some((pattern) => pattern.test(callee));
}

export default defineRule({
  id: 'no-catch-all',
  description: 'Disallow error handlers that catch every error and swallow it',
  rationale: 'A handler that catches everything and drops the error hides failures; the standard is to handle specific exceptions and always handle async errors.',
  category: 'reliability', severity: 'warning', precision: 'high',
  status: 'stable', since: '0.1.0',
  languages: ['javascript', 'typescript', 'python', 'go'],
  cwe: ['CWE-396', 'CWE-390'],
  tags: ['errors', 'reliability'],
  roles: ['source'],
  presets: { recommended: true, strict: true },
  messages: { swallowedError: '{{what}}; {{fix}}.' },
  options: {
    defaults,
    schema: {
      type: 'object', additionalProperties: false, properties: {
        allowLogged: { type: 'boolean', description: 'Count logging the error object (or its traceback) through a logger as handling it.' },
        loggers: {
          type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 },
          description: 'More logger callees, added to the built-in list, as dotted names where `*` matches any part of a name (`audit.record`, `*.notify*`).',
        },
        allowDeferClose: { type: 'boolean', description: 'Go: do not report `defer x.Close()` and `defer tx.Rollback()`, whose errors are conventionally dropped.' },
        allowSpecificExceptions: { type: 'boolean', description: 'Python: do not report `except SomeError: pass`, which names the exception it expects.' },
      },
    },
  },
});
