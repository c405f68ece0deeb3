import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { databaseLoginSchema, type CreateDatabaseLoginRequest } from '@/api/database-logins';
import { apiPaths } from '@/api/paths';
import { databaseLoginQueries } from '@/lib/queries/database-login-queries';

export function useCreateDatabaseLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateDatabaseLoginRequest) =>
      apiRequest(apiPaths.logins, { method: 'POST', body: request, schema: databaseLoginSchema }),
    // Returned, so the dialog stays "saving" until the grid holds the new row.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: databaseLoginQueries.all() }),
  });
}
