import { describe, expect, it } from 'vitest';
import type { Location } from '../types.js';
import { linkedMessage, toArtifactUri, toSarifResult } from './sarif-results.js';

const at = (line: number, message?: string): Location => ({ file: 'a b/c.py', startLine: line, startColumn: 1, endLine: line, endColumn: 2, message });

describe('toArtifactUri', () => {
  it('percent-encodes each path segment and keeps the slashes', () => {
    expect(toArtifactUri('src/db/users.py')).toBe('src/db/users.py');
    expect(toArtifactUri('my dir/a#b?c%d.ts')).toBe('my%20dir/a%23b%3Fc%25d.ts');
    expect(toArtifactUri('src/café/日本.go')).toBe('src/caf%C3%A9/%E6%97%A5%E6%9C%AC.go');
    expect(toArtifactUri('c:weird.py')).toBe('c%3Aweird.py');
  });
});

describe('linkedMessage', () => {
  it('leaves a message without related locations alone', () => {
    expect(linkedMessage('Query built by concatenation.', [])).toBe('Query built by concatenation.');
  });

  it('links related locations by id and escapes brackets and backslashes in link text', () => {
    expect(linkedMessage('Query built by concatenation.', [at(3, 'SQL built here.'), at(4, 'rows[0] \\ x'), at(5)]))
      .toBe('Query built by concatenation. See [SQL built here](1), [rows\\[0\\] \\\\ x](2), [related location](3).');
  });
});

describe('toSarifResult', () => {
  it('leaves out empty optional parts', () => {
    const result = toSarifResult({ ruleId: 'r', messageId: 'm', message: 'Bad.', severity: 'note', location: at(1) }, undefined, 10);
    expect(JSON.parse(JSON.stringify(result))).toEqual({
      ruleId: 'r', level: 'note', message: { text: 'Bad.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a%20b/c.py', uriBaseId: '%SRCROOT%' },
        region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } } }],
    });
  });

  it('writes a suppression without an empty justification', () => {
    const finding = { ruleId: 'r', messageId: 'm', message: 'Bad.', severity: 'note' as const, location: at(1) };
    const result = toSarifResult({ ...finding, suppression: { kind: 'inSource', justification: '' } }, 0, 10);
    expect(JSON.parse(JSON.stringify(result.suppressions))).toEqual([{ kind: 'inSource' }]);
  });

  it('writes the baseline state and the per-result fingerprint', () => {
    const finding = { ruleId: 'r', messageId: 'm', message: 'Bad.', severity: 'note' as const, location: at(1), fingerprint: 'ab', occurrence: 3 };
    expect(toSarifResult({ ...finding, baselineState: 'unchanged' }, 0, 10)).toMatchObject({
      partialFingerprints: { 'plumbline/v2': 'ab:3' }, baselineState: 'unchanged',
    });
    expect(toSarifResult(finding, 0, 10).baselineState).toBeUndefined();
  });
});
