import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '@/api/client';
import { shouldRetryRead } from './query-client';

const apiError = (status: number) => new ApiError(status, { code: 'ERR001', message: 'x' });

describe('shouldRetryRead', () => {
  it('never retries a refusal (4xx): asking again changes nothing', () => {
    expect(shouldRetryRead(0, apiError(400))).toBe(false);
    expect(shouldRetryRead(0, apiError(404))).toBe(false);
  });

  it('retries server and network failures a few times, then stops', () => {
    expect(shouldRetryRead(0, apiError(503))).toBe(true);
    expect(shouldRetryRead(2, new NetworkError(undefined))).toBe(true);
    expect(shouldRetryRead(3, apiError(500))).toBe(false);
  });
});
