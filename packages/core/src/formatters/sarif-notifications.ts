import type { Notice } from '../types.js';
import { plural } from './summary.js';
import { toFileLocation } from './sarif-results.js';
import type { SarifNotification } from './sarif-types.js';

/** A notice as a SARIF tool execution notification; `descriptor.id` is the notice code. */
export function toNotification(notice: Notice): SarifNotification {
  return {
    descriptor: { id: notice.code },
    level: notice.level,
    message: { text: notice.message },
    locations: notice.file === undefined ? undefined : [toFileLocation(notice.file, notice.line)],
  };
}

/** What formatSarif left out to stay within GitHub's limits, and those limits. */
export interface SarifCuts {
  readonly results: number;
  readonly maxResults: number;
  readonly totalResults: number;
  readonly rules: number;
  readonly maxRules: number;
  readonly relatedLocations: number;
  readonly resultsWithCutRelated: number;
  readonly maxRelatedLocations: number;
}

function limitNotification(text: string): SarifNotification {
  return { descriptor: { id: 'result-limit' }, level: 'warning', message: { text } };
}

/** One `result-limit` warning per limit that was hit. */
export function limitNotifications(cuts: SarifCuts): SarifNotification[] {
  const notifications: SarifNotification[] = [];
  if (cuts.results > 0) {
    notifications.push(limitNotification(`${cuts.results} of ${plural(cuts.totalResults, 'result')} were left out: `
      + `at most ${cuts.maxResults} results are written per run (GitHub code scanning accepts 25000). `
      + 'The first ones in file and line order are kept.'));
  }
  if (cuts.rules > 0) {
    notifications.push(limitNotification(`${plural(cuts.rules, 'rule')} left out of tool.driver.rules: `
      + `GitHub code scanning accepts at most ${cuts.maxRules} rules per run. Their results have no ruleIndex.`));
  }
  if (cuts.relatedLocations > 0) {
    notifications.push(limitNotification(`${plural(cuts.relatedLocations, 'related location')} left out of `
      + `${plural(cuts.resultsWithCutRelated, 'result')}: at most ${cuts.maxRelatedLocations} are written per result.`));
  }
  return notifications;
}
