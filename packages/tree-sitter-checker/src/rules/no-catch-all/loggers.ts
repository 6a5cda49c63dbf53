// The logger and handler-call tests of a configured list, compiled once per list rather than per file.
import { type HandlerCalls, handlerCalls } from '@plumbline/core/error-calls/answers';
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

const calls = new WeakMap<readonly string[], HandlerCalls>();
const defaultCalls = handlerCalls('python');

/** handlerCalls('python', answerCalls), reused while the same list comes back. */
export function cachedHandlerCalls(answerCalls: readonly string[] | undefined): HandlerCalls {
  if (!answerCalls) return defaultCalls;
  let found = calls.get(answerCalls);
  if (!found) {
    found = handlerCalls('python', answerCalls);
    calls.set(answerCalls, found);
  }
  return found;
}
