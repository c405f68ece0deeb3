import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { environmentSchema } from '@/api/environment';
import { apiPaths } from '@/api/paths';

export const environmentQueries = {
  all: () => ['environment'] as const,
  current: () =>
    queryOptions({
      queryKey: environmentQueries.all(),
      queryFn: ({ signal }) => apiRequest(apiPaths.environment, { schema: environmentSchema, signal }),
      staleTime: Infinity,
    }),
};
