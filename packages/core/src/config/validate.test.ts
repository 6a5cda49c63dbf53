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
      'plumbline.config.json at rules["naming-convention"].options.python.function.allow: expected a value that must match format "regex"',
    );
  });
});
