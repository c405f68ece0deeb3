import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { databaseLoginListSchema, databaseLoginSchema } from '@/api/database-logins';
import { apiPaths } from '@/api/paths';

/** Shared like the vault connection queries: renaming a connection refreshes the logins that name it. */
export const databaseLoginQueries = {
  all: () => ['database-logins'] as const,
  list: () =>
    queryOptions({
      queryKey: [...databaseLoginQueries.all(), 'list'] as const,
      queryFn: async ({ signal }) => (await apiRequest(apiPaths.logins, { schema: databaseLoginListSchema, signal })).logins,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...databaseLoginQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => apiRequest(apiPaths.login(id), { schema: databaseLoginSchema, signal }),
    }),
};
