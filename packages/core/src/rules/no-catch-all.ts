import { defineRule } from '../define-rule.js';
import { calleeMatcher } from '../error-handling.js';

/** Options of `no-catch-all`. */
export interface NoCatchAllOptions {
  allowLogged: boolean;
  loggers: string[];
  allowCommentedHandlers: boolean;
  allowUserNotices: boolean;
  answerCalls: string[];
  allowDeferClose: boolean;
  reportErrorFallbacks: boolean;
  allowSpecificExceptions: boolean;
}
const defaults: NoCatchAllOptions = {
  allowLogged: true, loggers: [], allowCommentedHandlers: true, allowUserNotices: true, answerCalls: [], allowDeferClose: true, reportErrorFallbacks: false, allowSpecificExceptions: true,
};

/**
 * Callees that log, matched against the end of a call's dotted name (`self.logger.error`
 * matches `logger.*`); `*` stands for any part of one name. The `loggers` option adds to these.
 */
export const DEFAULT_LOGGERS: readonly string[] = [
  'logger.*', 'logging.*', 'log.*', '*_logger.*', '*Logger.*', 'LOG.*', 'console.*', 'slog.*', 'zap.*', 'logrus.*',
  '_log.*', '*_log.*', 'print', 'traceback.print_exc', 'traceback.print_exception', 'captureException', 'capture_exception', 'captureError',
];

/** Builds a test for whether a dotted callee (`self.logger.error`) is a logger: the built-in list plus `extra`. */
export function loggerMatcher(extra: readonly string[] = []): (callee: string) => boolean {
  return calleeMatcher([...DEFAULT_LOGGERS, ...extra]);
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
  // recommended follows the judged real-code precision in docs/accuracy.md (>= 0.9, debatable as false, >= 30 judged over >= 2 repositories)
  presets: { strict: true },
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
        allowCommentedHandlers: {
          type: 'boolean',
          description: 'Count a comment in the handler that gives the reason (`catch { /* best effort: the cache refills */ }`, `except OSError:  # already gone`) as a decision, as ESLint\'s no-empty does; TODO notes and commented-out code do not count.',
        },
        allowUserNotices: { type: 'boolean', description: 'Count telling the user the operation failed (`toast.error(…)`, `form.setError(…)`, Django `messages.error(…)`) as handling it.' },
        answerCalls: {
          type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 },
          description: 'More calls whose failure is the expected answer (a narrow `try` around one, whose handler only returns or answers, is not reported), added to the built-in list, as dotted names where `*` matches any part of a name.',
        },
        allowDeferClose: { type: 'boolean', description: 'Go: do not report `defer x.Close()` and `defer tx.Rollback()`, whose errors are conventionally dropped.' },
        reportErrorFallbacks: {
          type: 'boolean',
          description: 'Go: also report an `if err != nil` branch that only assigns a fallback (`if err != nil { size = 0 }`, `loc = time.Local`), which drops the error but is often the intended default.',
        },
        allowSpecificExceptions: { type: 'boolean', description: 'Python: do not report `except SomeError: pass`, which names the exception it expects.' },
      },
    },
  },
});
