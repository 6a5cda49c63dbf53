import { describe, expect, it } from 'vitest';
import { capPatternInput, matchesConfigured, MAX_PATTERN_INPUT, maxOf, pushAll } from './limits.js';

describe('limits', () => {
  // issue #22, case 1: findings.push(...outcome.findings) threw past ~120,000 items
  it('appends and measures 500,000 items without spreading them into arguments', () => {
    const items = Array.from({ length: 500_000 }, (_, i) => i);
    const target: number[] = [];
    pushAll(target, items);
    expect([target.length, maxOf(items), maxOf([], -1)]).toEqual([500_000, 499_999, -1]);
  });

  it('runs configured patterns on the first MAX_PATTERN_INPUT characters only', () => {
    const value = `${'x'.repeat(MAX_PATTERN_INPUT)}acme_secret`;
    expect(capPatternInput(value)).toHaveLength(MAX_PATTERN_INPUT);
    expect(matchesConfigured('acme_secret', value)).toBe(false);
    expect(matchesConfigured('^x+$', value)).toBe(true);
  });
});
