import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { apiPaths } from '@/api/paths';
import { vaultConnectionSchema, type CreateVaultConnectionRequest } from '@/api/vault-connections';
import { vaultConnectionQueries } from '@/lib/queries/vault-connection-queries';

export function useCreateVaultConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateVaultConnectionRequest) =>
      apiRequest(apiPaths.vaultConnections, { method: 'POST', body: request, schema: vaultConnectionSchema }),
    // Returned, so the dialog stays "saving" until the grid holds the new row.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vaultConnectionQueries.all() }),
  });
}
