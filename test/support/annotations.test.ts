import { describe, expect, it } from 'vitest';
import { compare } from './fixtures.js';
import { parseFixture, parseSidecar } from './annotations.js';

const finding = (line: number, ruleId = 'max-function-lines', messageId = 'tooLong') => ({
  ruleId, messageId, message: 'm', severity: 'warning' as const,
  location: { file: 'f.py', startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
});

describe('parseFixture', () => {
  it('applies stacked annotations to the next code line and reads options on line 1', () => {
    const spec = parseFixture('# fixture-options: {"max": 2}\n# expect: max-function-lines\n# ok: naming-convention\ndef f(): pass\n', 'python');
    expect(spec.options).toEqual({ max: 2 });
    expect(spec.annotations.map((a) => [a.kind, a.ruleId, a.target])).toEqual([['expect', 'max-function-lines', 4], ['ok', 'naming-convention', 4]]);
  });
  it('rejects malformed annotations', () => {
    expect(() => parseFixture('// expect max-file-lines\nx()\n', 'javascript')).toThrow(/malformed/);
  });
});

describe('compare', () => {
  const spec = parseFixture('// expect: max-function-lines:tooLong\nf()\n// ok: max-function-lines\ng()\n', 'javascript');
  it('passes when every expect is claimed and nothing else fires', () => {
    expect(compare(spec.annotations, [finding(2)])).toEqual([]);
  });
  it('fails on a missing finding, a wrong messageId, an unexpected one and a fired ok', () => {
    expect(compare(spec.annotations, [])).toHaveLength(1);
    expect(compare(spec.annotations, [finding(2, 'max-function-lines', 'other')])).toHaveLength(2);
    expect(compare(spec.annotations, [finding(2), finding(4)])).toEqual(['line 4 (annotation on line 3): marked ok but reported']);
  });
});

describe('parseSidecar', () => {
  const json = '{\n  "db": {\n    "password": "Vq7Rw2vLx9TnB4kd",\n    "user": "app"\n  }\n}\n';
  it('targets the one fixture line holding the text', () => {
    const spec = parseSidecar('# a comment\nexpect: no-hardcoded-secrets -- literal password @ "password"\nok: no-hardcoded-secrets @ "user": "app"\n', json);
    expect(spec.annotations.map((a) => [a.kind, a.ruleId, a.line, a.target])).toEqual([['expect', 'no-hardcoded-secrets', 2, 3], ['ok', 'no-hardcoded-secrets', 3, 4]]);
  });
  it('reads options on the first line', () => {
    expect(parseSidecar('fixture-options: {"allowValues": ["^Vq7"]}\nok: no-hardcoded-secrets @ "password"\n', json).options).toEqual({ allowValues: ['^Vq7'] });
  });
  it('fails loudly on a malformed line, a missing text and an ambiguous text', () => {
    expect(() => parseSidecar('expect no-hardcoded-secrets @ "password"\n', json)).toThrow(/malformed/);
    expect(() => parseSidecar('expect: no-hardcoded-secrets "password"\n', json)).toThrow(/malformed/);
    expect(() => parseSidecar('expect: no-hardcoded-secrets @ "token"\n', json)).toThrow(/on 0 lines/);
    expect(() => parseSidecar('expect: no-hardcoded-secrets @ "\n', json)).toThrow(/on 3 lines/);
  });
});
