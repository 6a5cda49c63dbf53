import {
  GO_CLEANUP_METHODS, GO_DECODE_FUNCTIONS, GO_EFFECT_FUNCTIONS, GO_EFFECT_METHODS, GO_IGNORED_FUNCTIONS, GO_IGNORED_METHODS, GO_STATEMENT_METHODS,
} from '@plumbline/core/error-calls/go';
import { loggerMatcher } from '@plumbline/core/rules/no-catch-all';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../engine.js';

// The 1-based lines reported in a snippet, with the given options on top of the defaults.
function lines(language: 'python' | 'go', text: string, options: Record<string, unknown> = {}): number[] {
  const defaults = { allowLogged: true, loggers: [], allowCommentedHandlers: true, allowUserNotices: true, answerCalls: [], allowDeferClose: true, reportErrorFallbacks: false, allowSpecificExceptions: true };
  const rules = [{ id: 'no-catch-all', severity: 'warning' as const, options: { ...defaults, ...options } }];
  const result = checkFile({ path: '/r/f', relativePath: 'f', text, language }, rules);
  expect(result.notices).toEqual([]);
  return result.findings.map((finding) => finding.location.startLine);
}

describe('loggerMatcher', () => {
  it('matches the end of a dotted callee, case-insensitively, with * inside one name', () => {
    const isLogger = loggerMatcher(['audit.record*']);
    for (const callee of ['self.logger.error', 'log.Printf', 'app.logger.warning', 'LOG.warn', 'print', 's.logger.Error', 'auditLogger.info', 'Sentry.captureException', 'x.audit.recordFailure']) {
      expect(isLogger(callee), callee).toBe(true);
    }
    for (const callee of ['printf', 'catalog.add', 'self.blog.post', 'record', 'errors.append']) expect(isLogger(callee), callee).toBe(false);
  });
});

describe('the Go catalog', () => {
  it('lists each name once, under import paths, reported or ignored but not both', () => {
    const seen = new Set<string>();
    for (const list of [GO_EFFECT_FUNCTIONS, GO_DECODE_FUNCTIONS, GO_IGNORED_FUNCTIONS]) {
      for (const [path, names] of Object.entries(list)) {
        expect(path).toMatch(/^[a-z0-9]+(\/[a-z0-9]+)*$/);
        expect(names.length, path).toBeGreaterThan(0);
        for (const name of names) {
          expect(seen.has(`${path}.${name}`), `${path}.${name}`).toBe(false);
          seen.add(`${path}.${name}`);
        }
      }
    }
    const ignored = [...GO_CLEANUP_METHODS, ...GO_IGNORED_METHODS];
    expect(GO_EFFECT_METHODS.filter((name) => ignored.includes(name))).toEqual([]);
    expect(GO_STATEMENT_METHODS.filter((name) => !GO_EFFECT_METHODS.includes(name))).toEqual([]);
  });

  it('resolves renamed imports and leaves unknown packages alone', () => {
    const text = 'package p\n\nimport (\n\tjs "encoding/json"\n\t"example.com/json"\n)\n\nfunc f(b []byte, v any) {\n\t_ = js.Unmarshal(b, v)\n\t_ = json.Unmarshal(b, v)\n}\n';
    expect(lines('go', text)).toEqual([9]);
  });
});

describe('Python handlers', () => {
  it('reads tuples, except*, aliases and the unparenthesized form of Python 3.14', () => {
    const text = [
      'try:', '    f()', 'except* Exception:', '    pass',
      'try:', '    f()', 'except (KeyError, builtins.BaseException) as e:', '    pass',
      'try:', '    f()', 'except ((OSError, Exception)):', '    pass',
      'try:', '    f()', 'except Exception as e:', '    cleanup(e)',
      'try:', '    f()', 'except ValueError, Exception:', '    pass', '',
    ].join('\n');
    expect(lines('python', text)).toEqual([3, 7, 11, 19]);
  });

  it('does not count a test of the error, a nested def, or a logger call without it', () => {
    const text = [
      'def f():', '    try:', '        g()', '    except Exception as e:', '        if retryable(e):', '            return None',
      '    try:', '        g()', '    except Exception as e:', '        def later():', '            raise e',
      '    try:', '        g()', '    except Exception as e:', '        logger.info("g failed")', '',
    ].join('\n');
    expect(lines('python', text)).toEqual([4, 9, 14]);
    expect(lines('python', text.replace('logger.info("g failed")', 'logger.info("g failed", exc_info=True)'))).toEqual([4, 9]);
  });
});
