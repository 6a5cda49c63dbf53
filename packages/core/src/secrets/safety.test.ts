// Every regex of the detector is safe from catastrophic backtracking: a ReDoS checker says so,
// and long adversarial inputs run in linear-looking time.
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { secretDetector } from './detector.js';
import { SECRET_PATTERNS } from './patterns.js';
import { VALUE_REGEXES } from './values.js';
import { WORD_REGEXES } from './words.js';

const ALL: readonly (readonly [string, RegExp])[] = [
  ...SECRET_PATTERNS.map((pattern) => [pattern.id, pattern.regex] as const),
  ...VALUE_REGEXES.map((regex, index) => [`values #${index}`, regex] as const),
  ...WORD_REGEXES.map((regex, index) => [`words #${index}`, regex] as const),
];
const SIZE = 100_000;
const repeat = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

// near-miss text: each example cut short and repeated, plus the shapes the regexes pivot on
const ADVERSARIAL = [
  ...SECRET_PATTERNS.map((pattern) => repeat(pattern.example.slice(0, -1))),
  ...SECRET_PATTERNS.map((pattern) => repeat(`${pattern.example.slice(0, 8)}-`)),
  repeat('a'), repeat('A'), repeat('A1'), repeat(' '), repeat('eyJ-'), repeat('eyJa.'), repeat('a://b:c'), repeat('a:'),
  repeat('-----BEGIN A '), repeat('xoxb-1-'), repeat('aB'), repeat('_'), repeat('{'), repeat('%('), repeat('<a'),
  repeat('A_'), repeat('\\n'), repeat('/'), `${'a'.repeat(SIZE)}!`,
];

describe('regex safety', () => {
  it.each(ALL)('%s passes the ReDoS checker', (_id, regex) => {
    const diagnostics = checkSync(regex.source, regex.flags.replace('d', ''), { timeout: 30_000, randomSeed: 1 });
    // a timeout on a loaded machine is not a verdict; the adversarial test below still runs
    if (diagnostics.status === 'unknown') expect(diagnostics.error.kind).toBe('timeout');
    else expect(diagnostics.status).toBe('safe');
  }, 60_000);

  it.each(ALL)('%s stays fast on 100k-character near misses', (_id, regex) => {
    const started = performance.now();
    for (const input of ADVERSARIAL) regex.exec(input);
    // about a millisecond in practice; generous for shared CI machines
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('the whole detector stays fast on adversarial values with every kind of site', () => {
    const detector = secretDetector({ extraPatterns: [], allowValues: [], allowPaths: [], entropyThreshold: 3 });
    const started = performance.now();
    for (const input of ADVERSARIAL) {
      detector.inspect(input, { path: 'a.ts', name: 'aws_secret_access_key' });
      detector.inspect(input, { path: 'a.ts', name: 'token' });
      detector.inspect(input, { path: 'a.ts', usage: 'jwt.sign' });
      detector.isSecretName(input);
    }
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
