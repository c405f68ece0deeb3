import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '@/api/client';
import { apiPaths } from '@/api/paths';
import { databaseLoginQueries } from '@/lib/queries/database-login-queries';
import { vaultConnectionQueries } from '@/lib/queries/vault-connection-queries';

export function useDeleteVaultConnection() {
  const queryClient = useQueryClient();
  const refresh = (id: string) => {
    queryClient.removeQueries({ queryKey: vaultConnectionQueries.detail(id).queryKey });
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: vaultConnectionQueries.all() }),
      queryClient.invalidateQueries({ queryKey: databaseLoginQueries.all() }),
    ]);
  };
  return useMutation({
    mutationFn: (id: string) => apiRequest(apiPaths.vaultConnection(id), { method: 'DELETE' }),
    // Returned, so the dialog stays "deleting" until the row is gone.
    onSuccess: (_nothing, id) => refresh(id),
    // Refused because logins use it: they may have changed since the list was read. Gone already: drop the row.
    onError: (error, id) => {
      if (error instanceof ApiError && error.status === 409) return queryClient.invalidateQueries({ queryKey: databaseLoginQueries.all() });
      if (error instanceof ApiError && error.status === 404) return refresh(id);
      return undefined;
    },
  });
}
