import meta, { type NoCatchAllOptions } from '@plumbline/core/rules/no-catch-all';
import { defineCheck, type Match, type Measure, type Report } from '../../check.js';
import { checkGo } from './go.js';
import { cachedHandlerCalls, cachedLoggerMatcher } from './loggers.js';
import { checkExceptClause } from './python.js';

const python: Measure<NoCatchAllOptions> = (matches, _file, options) => {
  const calls = cachedHandlerCalls(options.answerCalls);
  const handling = { allowLogged: options.allowLogged, isLogger: cachedLoggerMatcher(options.loggers), isNotice: options.allowUserNotices ? calls.isNotice : undefined };
  const reports: Report[] = [];
  for (const { finding } of matches) {
    const report = finding && checkExceptClause(finding, options, handling, calls);
    if (report) reports.push(report);
  }
  return reports;
};

const go: Measure<NoCatchAllOptions> = (matches: readonly Match[], _file, options) => checkGo(matches, options);

export default defineCheck(meta, {
  python: { query: 'no-catch-all/python', messageId: 'swallowedError', measure: python },
  go: { query: 'no-catch-all/go', messageId: 'swallowedError', measure: go },
});
