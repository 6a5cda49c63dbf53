import meta, { type NoCatchAllOptions } from '@plumbline/core/rules/no-catch-all';
import { defineCheck, type Match, type Measure, type Report } from '../../check.js';
import { checkGo } from './go.js';
import { cachedLoggerMatcher } from './loggers.js';
import { checkExceptClause } from './python.js';

const python: Measure<NoCatchAllOptions> = (matches, _file, options) => {
  const handling = { allowLogged: options.allowLogged, isLogger: cachedLoggerMatcher(options.loggers) };
  const reports: Report[] = [];
  for (const { finding } of matches) {
    const report = finding && checkExceptClause(finding, options, handling);
    if (report) reports.push(report);
  }
  return reports;
};

const go: Measure<NoCatchAllOptions> = (matches: readonly Match[], _file, options) => checkGo(matches, options);

export default defineCheck(meta, {
  python: { query: 'no-catch-all/python', messageId: 'swallowedError', measure: python },
  go: { query: 'no-catch-all/go', messageId: 'swallowedError', measure: go },
});
