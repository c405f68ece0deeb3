import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { databaseConnectionListSchema } from '@/api/database-connections';
import { apiPaths } from '@/api/paths';

/** Database connections: read to show which of them use a login (its dependents). Keys go general to specific. */
export const databaseConnectionQueries = {
  all: () => ['database-connections'] as const,
  list: () =>
    queryOptions({
      queryKey: [...databaseConnectionQueries.all(), 'list'] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest(apiPaths.databaseConnections, { schema: databaseConnectionListSchema, signal })).connections,
    }),
};
