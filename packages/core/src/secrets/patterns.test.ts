import { describe, expect, it } from 'vitest';
import { secretDetector } from './detector.js';
import { SECRET_PATTERNS } from './patterns.js';

const detector = secretDetector({ extraPatterns: [], allowValues: [], allowPaths: [], entropyThreshold: 3 });
// the one pattern that needs its name: an AWS secret key is any 40 base64 characters
const siteFor = (id: string) => ({ path: 'src/app.ts', ...(id === 'aws-secret-access-key' ? { name: 'aws_secret_access_key' } : {}) });

describe('secret patterns', () => {
  it('have unique kebab-case ids', () => {
    const ids = SECRET_PATTERNS.map((pattern) => pattern.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  describe.each(SECRET_PATTERNS.map((pattern) => [pattern.id, pattern] as const))('%s', (id, pattern) => {
    it('finds its example alone and inside a longer string', () => {
      expect(detector.inspect(pattern.example, siteFor(id))?.kind).toBe(id);
      const quoted = `config: "${pattern.example}" # set by ops`;
      const match = detector.inspect(quoted, siteFor(id));
      expect(match?.kind).toBe(id);
      expect(match?.masked).toMatch(/^.{1,4}…$/u);
    });

    it.each(pattern.nearMisses)('does not take the near miss %s', (value) => {
      expect(detector.inspect(value, siteFor(id))?.kind).not.toBe(id);
    });
  });

  it('needs an AWS-ish name for an AWS secret access key', () => {
    const value = '2hpChYgCfrL1spNxnyVmihA+2O76UMFxFkM+R5Kj';
    expect(detector.inspect(value, { path: 'a.ts', name: 'AWS_SECRET_ACCESS_KEY' })?.kind).toBe('aws-secret-access-key');
    expect(detector.inspect(value, { path: 'a.ts', name: 'secretAccessKey' })?.kind).toBe('aws-secret-access-key');
    expect(detector.inspect(value, { path: 'a.ts', name: 'etag' })).toBeUndefined();
    expect(detector.inspect(value, { path: 'a.ts' })).toBeUndefined();
  });

  it('reports only the password of a URL, and not placeholders or user-equals-password defaults', () => {
    const value = 'mongodb://orders:Qm7pX2vLk9RtZ4@mongo-1.internal:27017/orders';
    const match = detector.inspect(value, { path: 'a.ts' });
    expect(match && value.slice(match.start, match.end)).toBe('Qm7pX2vLk9RtZ4');
    for (const ok of ['postgres://user:password@localhost/db', 'mysql://root:root@127.0.0.1/app', 'amqp://guest:%s@rabbit', 'redis://:<password>@cache:6379', 'postgresql://app:changeme@db/app', 'https://user:xxx@example.com']) {
      expect(detector.inspect(ok, { path: 'a.ts' }), ok).toBeUndefined();
    }
  });

  it('keeps example keys from provider docs out', () => {
    expect(detector.inspect('AKIAIOSFODNN7EXAMPLE', { path: 'a.ts' })).toBeUndefined();
    expect(detector.inspect('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', { path: 'a.ts' })).toBeUndefined();
  });
});
