import { HOMEPAGE } from '@plumbline/core';
import { describe, expect, it } from 'vitest';
import { absoluteLinks, readRuleDoc } from './rule-docs.js';

describe('rule docs', () => {
  it('reads a rule page from the repository', () => {
    expect(readRuleDoc('max-file-lines')).toMatch(/^# max-file-lines\n/);
    expect(readRuleDoc('no-such-rule')).toBeUndefined();
  });

  it('makes relative links absolute and leaves others alone', () => {
    const text = 'See [ESLint](../eslint.md), [file](./max-file-lines.md#options) and [CWE](https://cwe.mitre.org/).';
    expect(absoluteLinks(text)).toBe(`See [ESLint](${HOMEPAGE}/blob/main/docs/eslint.md), `
      + `[file](${HOMEPAGE}/blob/main/docs/rules/max-file-lines.md#options) and [CWE](https://cwe.mitre.org/).`);
  });
});
