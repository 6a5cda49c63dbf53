import { describe, expect, it } from 'vitest';
import { FINGERPRINT_LENGTH, fingerprintFindings, normalizeLine } from './fingerprint.js';
import type { Finding } from './types.js';

const at = (line: number, ruleId = 'max-nesting-depth', file = 'src/app.py'): Finding => ({
  ruleId, messageId: 'tooDeep', message: `Blocks are nested 4 deep here (line ${line}).`, severity: 'warning',
  location: { file, startLine: line, startColumn: 5, endLine: line, endColumn: 9 },
});

const SOURCE = [
  'def handler(rows):',
  '    for row in rows:',
  '        if row.ok:',
  '            save(row)',
].join('\n');

const prints = (findings: readonly Finding[], text: string): (string | undefined)[] =>
  fingerprintFindings(findings, text).map((finding) => finding.fingerprint);

describe('fingerprintFindings', () => {
  it('sets a hex fingerprint and keeps everything else and the order', () => {
    const findings = [at(4), at(2)];
    const result = fingerprintFindings(findings, SOURCE);
    expect(result.map((f) => f.location.startLine)).toEqual([4, 2]);
    expect(result[0]).toMatchObject({ ...findings[0], fingerprint: expect.stringMatching(/^[0-9a-f]+$/) });
    expect(result[0]?.fingerprint).toHaveLength(FINGERPRINT_LENGTH);
    expect(result[0]?.fingerprint).not.toBe(result[1]?.fingerprint);
  });

  it('keeps fingerprints when lines are added above or below', () => {
    const before = prints([at(4)], SOURCE);
    const moved = `import os\n\n# a comment\n${SOURCE}\n\ndef other():\n    pass\n`;
    expect(prints([at(7)], moved)).toEqual(before);
  });

  it('keeps fingerprints when indentation or line endings change', () => {
    const before = prints([at(4)], SOURCE);
    const reindented = SOURCE.replace('            save(row)', '\t\t\tsave(row)  ').replace(/\n/g, '\r\n');
    expect(prints([at(4)], reindented)).toEqual(before);
  });

  it('changes when the code on the line changes', () => {
    expect(prints([at(4)], SOURCE.replace('save(row)', 'delete(row)'))).not.toEqual(prints([at(4)], SOURCE));
  });

  it('gives two identical findings on two identical lines different fingerprints', () => {
    const text = 'if a:\n    save(row)\nif b:\n    save(row)\n';
    const [first, second] = prints([at(2), at(4)], text);
    expect(first).not.toBe(second);
  });

  it('does not depend on the input order', () => {
    const text = 'x\n    save(row)\n    save(row)\n';
    const forward = prints([at(2), at(3)], text);
    const backward = prints([at(3), at(2)], text);
    expect(backward).toEqual([forward[1], forward[0]]);
  });

  it('depends on the rule and the file', () => {
    const base = prints([at(4)], SOURCE);
    expect(prints([at(4, 'no-catch-all')], SOURCE)).not.toEqual(base);
    expect(prints([at(4, 'max-nesting-depth', 'src/other.py')], SOURCE)).not.toEqual(base);
  });

  it('handles a line past the end of the text', () => {
    expect(prints([at(99)], SOURCE)[0]).toHaveLength(FINGERPRINT_LENGTH);
  });
});

describe('normalizeLine', () => {
  it('trims and collapses whitespace', () => {
    expect(normalizeLine('\t  a  =\t b  ')).toBe('a = b');
    expect(normalizeLine('\uFEFFimport os')).toBe('import os');
  });
});
