import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { apiPaths } from '@/api/paths';
import { vaultConnectionListSchema, vaultConnectionSchema } from '@/api/vault-connections';

/**
 * Shared by the Vault Connections tab and the Database Login dialog (which lists connections to choose from),
 * so both read one cache entry. Keys go from general to specific.
 */
export const vaultConnectionQueries = {
  all: () => ['vault-connections'] as const,
  list: () =>
    queryOptions({
      queryKey: [...vaultConnectionQueries.all(), 'list'] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest(apiPaths.vaultConnections, { schema: vaultConnectionListSchema, signal })).vaultConnections,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...vaultConnectionQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => apiRequest(apiPaths.vaultConnection(id), { schema: vaultConnectionSchema, signal }),
    }),
};
