import { describe, expect, it } from 'vitest';
import { isExpectedFailure, isReasonAbove, isReasonComment } from '../error-handling.js';
import { handlerCalls } from './answers.js';

describe('isReasonComment', () => {
  it('takes a comment that says why', () => {
    for (const text of ['// best effort: the cache refills', '# already removed by the cleanup job', '/* not supported */', '// Invalid RegExp']) {
      expect(isReasonComment(text), text).toBe(true);
    }
  });

  it('does not take TODOs, directives, commented-out code or what-without-why', () => {
    for (const text of ['// TODO: handle', '# noqa: BLE001', '// eslint-disable-line', '// console.error(err);', '# logger.error(e)', '// return null',
      '// ignore', '# do nothing', '/* empty */', '// Ignore errors', '# plumbline-ignore no-catch-all', '// expect: no-catch-all', '//']) {
      expect(isReasonComment(text), text).toBe(false);
    }
  });
});

describe('isReasonAbove', () => {
  it('takes a comment above a statement only when it is about the dropped error', () => {
    expect(isReasonAbove('// Errors are handled in filterHTML')).toBe(true);
    expect(isReasonAbove('// We intentionally ignore this error, we stop anyway')).toBe(true);
    expect(isReasonAbove('// Write the entry next to the others')).toBe(false);
    expect(isReasonAbove('// breaks: no-catch-all')).toBe(false);
  });
});

describe('isExpectedFailure', () => {
  const calls = handlerCalls('javascript', ['schema.check']);
  const expected = (tried: string[], answersOnly = true): boolean => isExpectedFailure({ calls: tried, answersOnly }, calls.isAnswer, calls.isHarmless);

  it('needs answer or harmless calls only, at least one, and a handler that only answers', () => {
    expect(expected(['JSON.parse'])).toBe(true);
    expect(expected(['jwt.verify', 'header.slice'])).toBe(true);
    expect(expected(['schema.check'])).toBe(true);
    expect(expected(['JSON.parse', 'store.save'])).toBe(false);
    expect(expected(['isEmail'])).toBe(true);
    expect(expected([])).toBe(false);
    expect(expected(['orders.cancel'])).toBe(false);
    expect(expected(['crypto.hash'])).toBe(false);
    expect(expected(['JSON.parse'], false)).toBe(false);
  });

  it('keeps user notices apart from answers', () => {
    expect(calls.isNotice('toast.error')).toBe(true);
    expect(calls.isAnswer('toast.error')).toBe(false);
  });
});
