import { catalog, docsUrl, LANGUAGE_NAMES, maxOf, presetEntry, presetLanguages, presetNames, type Preset, type RuleMeta } from '@plumbline/core';

function presetsOf(rule: RuleMeta): Preset[] {
  return (['recommended', 'strict'] as const).filter((preset) => presetEntry(rule, preset));
}

/** The catalog as aligned text, or as JSON with `--format json`. */
export function formatRules(format: 'text' | 'json'): string {
  if (format === 'json') {
    const rows = catalog.map((rule) => ({
      id: rule.id, description: rule.description, severity: rule.severity, category: rule.category, precision: rule.precision,
      status: rule.status, languages: rule.languages, cwe: rule.cwe, presets: presetsOf(rule),
      presetLanguages: Object.fromEntries(presetsOf(rule).map((preset) => [preset, presetLanguages(rule, preset)])),
      defaultOptions: rule.options.defaults, docsUrl: docsUrl(rule.id),
    }));
    return `${JSON.stringify(rows, null, 2)}\n`;
  }
  const rows = catalog.map((rule) => [rule.id, rule.severity, rule.languages.map((l) => LANGUAGE_NAMES[l]).join(' '), presetNames(rule).join(', ') || '-', rule.description]);
  const widths = [0, 1, 2, 3].map((i) => maxOf(rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell)).join('  '));
  return `${lines.join('\n')}\n\n${catalog.length} rules. \`plumbline explain <rule-id>\` prints a rule's docs.\n`;
}
