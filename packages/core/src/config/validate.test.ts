import { describe, expect, it } from 'vitest';
import { ConfigError } from './errors.js';
import { validateConfig } from './validate.js';

function problem(value: unknown): string {
  try {
    validateConfig(value, 'plumbline.config.json');
  } catch (error) {
    if (error instanceof ConfigError) return error.describe();
    throw error;
  }
  return 'valid';
}

describe('validateConfig', () => {
  it('accepts severities and options', () => {
    expect(problem({ preset: 'strict', rules: { 'max-file-lines': { severity: 'error', options: { max: 200 } } } })).toBe('valid');
  });
  it('names unknown rule ids with their JSON path', () => {
    expect(problem({ rules: { 'max-lines': 'error' } })).toBe('plumbline.config.json at rules["max-lines"]: unknown rule id (run `plumbline rules` for the list) "max-lines"');
  });
  it('names unknown options', () => {
    expect(problem({ rules: { 'max-file-lines': { options: { maximum: 3 } } } }))
      .toBe('plumbline.config.json at rules["max-file-lines"].options.maximum: unknown property "maximum"');
  });
  it('says what type was expected', () => {
    expect(problem({ rules: { 'max-file-lines': { options: { max: 'ten' } } } }))
      .toBe('plumbline.config.json at rules["max-file-lines"].options.max: expected a value that must be integer');
  });
  it('lists allowed severities', () => {
    expect(problem({ rules: { 'max-file-lines': 'fatal' } }))
      .toBe('plumbline.config.json at rules["max-file-lines"]: expected one of "error", "warning", "note", "off"');
  });
  it('rejects unknown top-level keys', () => {
    expect(problem({ rulez: {} })).toBe('plumbline.config.json at rulez: unknown property "rulez"');
  });
});

describe('validateConfig: regular expressions in options', () => {
  it('rejects an option that must be a regular expression but does not compile', () => {
    const setting = { options: { python: { function: { style: 'snake_case', allow: '(unclosed' } } } };
    expect(problem({ rules: { 'naming-convention': setting } })).toBe(
      'plumbline.config.json at rules["naming-convention"].options.python.function.allow: expected a regular expression that compiles (Invalid regular expression: /(unclosed/u: Unterminated group)',
    );
  });

  // issue #22, case 4: `(a+)+$` loaded, then doubled the scan's time with each character of input
  it.each([
    [{ 'no-hardcoded-secrets': { options: { allowValues: ['^test_', '(a+)+$'] } } }, 'rules["no-hardcoded-secrets"].options.allowValues[1]', '(a+)+'],
    [{ 'no-hardcoded-secrets': { options: { allowPaths: ['(x|y*)*/fixtures/'] } } }, 'rules["no-hardcoded-secrets"].options.allowPaths[0]', '(x|y*)*'],
    [{ 'no-hardcoded-secrets': { options: { extraPatterns: [{ id: 'acme', description: 'Acme key', pattern: 'acme_(?:[a-z0-9]+-?)*x' }] } } },
      'rules["no-hardcoded-secrets"].options.extraPatterns[0].pattern', '(?:[a-z0-9]+-?)*'],
    [{ 'naming-convention': { options: { go: { type: { style: 'MixedCaps', allow: '^(?<=_)(\\w+\\d*)+$' } } } } }, 'rules["naming-convention"].options.go.type.allow', '(\\w+\\d*)+'],
  ])('refuses a pattern with a nested quantifier, naming the option and the quantifier (%#)', (rules, path, nested) => {
    expect(problem({ rules })).toBe(`plumbline.config.json at ${path}: expected a regular expression without a nested quantifier: \`${nested}\` repeats a quantifier inside a repeated group, which can take exponential time on some input; repeat one of the two a bounded number of times`);
  });

  it.each(['^sk_test_[A-Za-z0-9]{24}$', '^https?://[^/]+(?:/[a-z]+)?$', '(\\d{1,3}\\.){3}\\d{1,3}', '(?<=key=)[a-f0-9]{32}', '^(?<prefix>[A-Z]+)_\\p{L}+$'])(
    'accepts %s: bounded repeats and one level of quantifiers',
    (pattern) => {
      expect(problem({ rules: { 'no-hardcoded-secrets': { options: { allowValues: [pattern] } } } })).toBe('valid');
    },
  );
});

describe('validateConfig: numbers', () => {
  // issue #22, case 9: JSON.parse reads 1e999 as Infinity, which JSON schema's integer accepts
  it('refuses a number that is not finite, with its path', () => {
    expect(problem({ rules: { 'max-file-lines': { options: { max: Number.POSITIVE_INFINITY } } } }))
      .toBe('plumbline.config.json at rules["max-file-lines"].options.max: expected a finite number');
    expect(problem(JSON.parse('{ "rules": { "max-function-lines": { "options": { "max": -1e999 } } } }')))
      .toBe('plumbline.config.json at rules["max-function-lines"].options.max: expected a finite number');
  });
});
