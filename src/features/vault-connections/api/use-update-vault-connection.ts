import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '@/api/client';
import type { Operation } from '@/api/common';
import { apiPaths } from '@/api/paths';
import { vaultConnectionSchema } from '@/api/vault-connections';
import { databaseLoginQueries } from '@/lib/queries/database-login-queries';
import { vaultConnectionQueries } from '@/lib/queries/vault-connection-queries';

export interface VaultConnectionChange {
  id: string;
  /** Only the fields that changed. */
  operationList: Operation[];
  /** The dateModified of the version the change is based on: the server refuses it (412) if that is stale. */
  ifMatch: string;
}

export function useUpdateVaultConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, operationList, ifMatch }: VaultConnectionChange) =>
      apiRequest(apiPaths.vaultConnection(id), { method: 'PATCH', body: { operationList }, ifMatch, schema: vaultConnectionSchema }),
    // Returned, so the dialog stays "saving" until the grid shows the change. Logins show the connection's
    // name, so they are refreshed too.
    onSuccess: (saved) => {
      queryClient.setQueryData(vaultConnectionQueries.detail(saved.id).queryKey, saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: vaultConnectionQueries.all() }),
        queryClient.invalidateQueries({ queryKey: databaseLoginQueries.all() }),
      ]);
    },
    // Deleted by someone else meanwhile: the list must stop showing it. (Only the list: the open dialog keeps
    // what was typed and says what happened.)
    onError: (error) =>
      error instanceof ApiError && error.status === 404
        ? queryClient.invalidateQueries({ queryKey: vaultConnectionQueries.list().queryKey })
        : undefined,
  });
}
