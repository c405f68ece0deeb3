import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/client';

const maxReadRetries = 3;

/** Reads are retried on server and network errors, never on a refusal (4xx): asking again changes nothing. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < maxReadRetries;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryRead,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8_000),
        staleTime: 30_000,
      },
      // A write is never repeated on its own: the user decides, seeing what failed.
      mutations: { retry: false },
    },
  });
}
