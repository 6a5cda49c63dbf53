import { describe, expect, it } from 'vitest';
import { FINGERPRINT_LENGTH, fingerprintFindings, normalizeCode, resultFingerprint } from './fingerprint.js';
import type { Finding } from './types.js';

const at = (line: number, ruleId = 'max-nesting-depth', file = 'src/app.py', endLine = line): Finding => ({
  ruleId, messageId: 'tooDeep', message: `Blocks are nested 4 deep here (line ${line}).`, severity: 'warning',
  location: { file, startLine: line, startColumn: 5, endLine, endColumn: 9 },
});

const SOURCE = [
  'def handler(rows):',
  '    for row in rows:',
  '        if row.ok:',
  "            save(row, 'a')",
].join('\n');

const prints = (findings: readonly Finding[], text: string): (string | undefined)[] =>
  fingerprintFindings(findings, text).map((finding) => finding.fingerprint);

describe('fingerprintFindings', () => {
  it('sets a hex fingerprint and an occurrence, and keeps everything else and the order', () => {
    const findings = [at(4), at(2)];
    const result = fingerprintFindings(findings, SOURCE);
    expect(result.map((f) => f.location.startLine)).toEqual([4, 2]);
    expect(result[0]).toMatchObject({ ...findings[0], fingerprint: expect.stringMatching(/^[0-9a-f]+$/), occurrence: 1 });
    expect(result[0]?.fingerprint).toHaveLength(FINGERPRINT_LENGTH);
    expect(result[0]?.fingerprint).not.toBe(result[1]?.fingerprint);
  });

  it('keeps fingerprints when lines are added above or below', () => {
    const before = prints([at(4)], SOURCE);
    const moved = `import os\n\n# a comment\n${SOURCE}\n\ndef other():\n    pass\n`;
    expect(prints([at(7)], moved)).toEqual(before);
  });

  it('keeps fingerprints when the code is re-indented, re-spaced, re-quoted or gets other line endings', () => {
    const before = prints([at(4)], SOURCE);
    const reformatted = SOURCE.replace("            save(row, 'a')", '\t\t\tsave( row,"a" )  ').replace(/\n/g, '\r\n');
    expect(prints([at(4)], reformatted)).toEqual(before);
  });

  it('keeps fingerprints when a formatter wraps the flagged call over several lines', () => {
    const one = 'const rows = await db.query(sql, [id]);\n';
    const wrapped = 'const rows = await db.query(\n  sql,\n  [id],\n);\n';
    expect(prints([at(4, 'parameterized-sql', 'a.ts', 7)], `\n\n\n${wrapped}`)).toEqual(prints([at(1, 'parameterized-sql', 'a.ts')], one));
  });

  it('changes when the flagged code changes', () => {
    expect(prints([at(4)], SOURCE.replace('save(row', 'delete(row'))).not.toEqual(prints([at(4)], SOURCE));
  });

  it('gives identical findings one fingerprint and numbers their occurrences in location order', () => {
    const text = 'x\n    save(row)\n    save(row)\n';
    const result = fingerprintFindings([at(3), at(2)], text);
    expect(result[0]?.fingerprint).toBe(result[1]?.fingerprint);
    expect(result.map((f) => f.occurrence)).toEqual([2, 1]);
    expect(result.map(resultFingerprint)).toEqual([`${result[0]?.fingerprint}:2`, `${result[0]?.fingerprint}:1`]);
  });

  it('depends on the rule and the file', () => {
    const base = prints([at(4)], SOURCE);
    expect(prints([at(4, 'no-catch-all')], SOURCE)).not.toEqual(base);
    expect(prints([at(4, 'max-nesting-depth', 'src/other.py')], SOURCE)).not.toEqual(base);
  });

  it('names whole-file findings by rule and file: max-file-lines and empty ranges', () => {
    const long = at(3, 'max-file-lines');
    expect(prints([{ ...long, location: { ...long.location, startLine: 5, endLine: 5 } }], `\n\n${SOURCE}\nmore()`)).toEqual(prints([long], SOURCE));
    const name: Finding = { ...at(1, 'naming-convention'), location: { file: 'src/app.py', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } };
    expect(prints([name], `# new first line\n${SOURCE}`)).toEqual(prints([name], SOURCE));
  });

  it('handles a line past the end of the text', () => {
    expect(prints([at(99)], SOURCE)[0]).toHaveLength(FINGERPRINT_LENGTH);
  });
});

describe('normalizeCode', () => {
  it('drops whitespace, semicolons and trailing commas, and unifies quotes', () => {
    expect(normalizeCode('\uFEFF\t  a  =\t f(\'b\', `c`, "d",\n) ;')).toBe('a=f("b","c","d")');
  });
});
