// The logger test of a configured `loggers` list, compiled once per list rather than per file.
import { loggerMatcher } from '@plumbline/core/rules/no-catch-all';

const compiled = new WeakMap<readonly string[], (callee: string) => boolean>();

/** loggerMatcher(loggers), reused while the same list (the defaults, or one config's) comes back. */
export function cachedLoggerMatcher(loggers: readonly string[] | undefined): (callee: string) => boolean {
  if (!loggers) return loggerMatcher();
  let matcher = compiled.get(loggers);
  if (!matcher) {
    matcher = loggerMatcher(loggers);
    compiled.set(loggers, matcher);
  }
  return matcher;
}
