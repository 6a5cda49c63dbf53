import { describe, expect, it } from 'vitest';
import { isClientErrorStatus, isErrorsOwnStatus } from './responses.js';

describe('isClientErrorStatus', () => {
  it.each(['400', '404', 'http.StatusBadRequest', 'StatusUnprocessableEntity', 'status.HTTP_400_BAD_REQUEST', 'HTTPStatus.NOT_FOUND'])('%s is a 4xx', (text) => {
    expect(isClientErrorStatus(text)).toBe(true);
  });
  it.each(['500', '200', 'http.StatusInternalServerError', 'status.HTTP_500_INTERNAL_SERVER_ERROR', 'code', 'e.status || 400'])('%s is not', (text) => {
    expect(isClientErrorStatus(text)).toBe(false);
  });
});

describe('isErrorsOwnStatus', () => {
  it('takes a status read from the error with no 5xx fallback as the error\'s own', () => {
    expect(isErrorsOwnStatus('e.status || 400', 'e')).toBe(true);
    expect(isErrorsOwnStatus('exc.status_code', 'exc')).toBe(true);
  });
  it('not with a 5xx fallback, nor from another variable', () => {
    expect(isErrorsOwnStatus('err.status || 500', 'err')).toBe(false);
    expect(isErrorsOwnStatus('res.status', 'e')).toBe(false);
    expect(isErrorsOwnStatus('self.e.status', 'e')).toBe(false);
  });
});
