import { describe, expect, it } from 'vitest';
import { presetEntry, presetLanguages, presetNames } from './catalog.js';
import { defineRule } from './define-rule.js';

const probe = defineRule({
  id: 'probe-rule', description: 'Probe the preset languages', rationale: 'Tests.', category: 'reliability', severity: 'warning',
  precision: 'high', status: 'stable', since: '0.1.0', languages: ['javascript', 'typescript', 'python', 'go'], cwe: [], roles: ['source'],
  presets: { recommended: { languages: ['python', 'go'] }, strict: true },
  messages: { probe: 'Probe.' }, options: { defaults: {}, schema: { type: 'object' } },
});

describe('presets by language', () => {
  it('puts a rule in recommended only for the languages its entry names, and in strict for all', () => {
    expect(presetLanguages(probe, 'recommended')).toEqual(['python', 'go']);
    expect(presetEntry(probe, 'recommended', 'go')).toBeDefined();
    expect(presetEntry(probe, 'recommended', 'typescript')).toBeUndefined();
    expect(presetEntry(probe, 'recommended')).toBeDefined();
    expect(presetEntry(probe, 'strict', 'typescript')).toBeDefined();
    expect(presetNames(probe)).toEqual(['recommended (Python, Go)', 'strict']);
  });

  it('rejects a preset that splits JavaScript from TypeScript', () => {
    expect(() => defineRule({ ...probe, presets: { recommended: { languages: ['javascript'] } } })).toThrow(/JavaScript and TypeScript together/);
  });
});
