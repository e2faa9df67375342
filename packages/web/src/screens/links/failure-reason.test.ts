// The share link screens say "offline" only when the browser is offline; a server that doesn't answer is named.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../sync/api-request.ts';
import { failureReason } from './failure-reason.ts';

describe('failureReason', () => {
  const noAnswer = new ApiError('offline', 0, '');
  it('is offline only when the browser says it is offline', () => {
    expect(failureReason(noAnswer, false)).toBe('offline');
  });
  it('names the server when the browser is online but got no answer', () => {
    expect(failureReason(noAnswer, true)).toBe('server');
  });
  it('names the server for an error answer, online or not', () => {
    expect(failureReason(new ApiError('server', 503, ''), true)).toBe('server');
    expect(failureReason(new ApiError('server', 503, ''), false)).toBe('server');
    expect(failureReason(new Error('odd'), false)).toBe('server');
  });
});
