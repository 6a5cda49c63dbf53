import meta, { type NoWeakPasswordHashOptions } from '@plumbline/core/rules/no-weak-password-hash';
import { DJANGO_MAKE_PASSWORD, HASH_CATALOG, kdfCallsNamed } from '@plumbline/core/password-hash';
import { defineCheck, type Measure, type Report } from '../../check.js';
import { callSiteOf } from '../../util/call-site.js';
import { digestReport } from './digests.js';
import { kdfForm, kdfReports } from './kdf.js';
import { pushAll } from '@plumbline/core/limits';

type Language = 'python' | 'go';

// every name the catalog calls, so that other calls are dropped before they are read
function catalogNames(language: Language): ReadonlySet<string> {
  const { digests, feeders, kdfs } = HASH_CATALOG[language];
  const extra = language === 'python' ? [DJANGO_MAKE_PASSWORD.name] : [];
  return new Set([...digests.flatMap((d) => d.names), ...feeders, ...kdfs.flatMap((k) => k.names), ...extra]);
}
const NAMES: Record<Language, ReadonlySet<string>> = { python: catalogNames('python'), go: catalogNames('go') };

function measureFor(language: Language): Measure<NoWeakPasswordHashOptions> {
  return (matches, _file, options) => {
    const reports: Report[] = [];
    for (const { finding } of matches) {
      const site = finding && NAMES[language].has(finding.text) ? callSiteOf(language, finding) : undefined;
      if (!site) continue;
      const kdf = kdfForm(site, kdfCallsNamed(language, site.name, site.receivers.at(-1) ?? ''), language);
      if (kdf) pushAll(reports, kdfReports(site, kdf, language));
      const digest = kdf ? undefined : digestReport(site, language, options.extraPasswordWords);
      if (digest) reports.push(digest);
    }
    return reports;
  };
}

export default defineCheck(meta, {
  python: { query: 'no-weak-password-hash/python', messageId: 'fastHash', measure: measureFor('python') },
  go: { query: 'no-weak-password-hash/go', messageId: 'fastHash', measure: measureFor('go') },
});
