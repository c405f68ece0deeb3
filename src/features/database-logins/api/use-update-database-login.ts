import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { Operation } from '@/api/common';
import { databaseLoginSchema } from '@/api/database-logins';
import { apiPaths } from '@/api/paths';
import { databaseConnectionQueries } from '@/lib/queries/database-connection-queries';
import { databaseLoginQueries } from '@/lib/queries/database-login-queries';

export interface UpdateDatabaseLoginVariables {
  id: string;
  /** Only the fields that changed, as Strategy's operationList. */
  operations: Operation[];
  /** The dateModified of the version the change is based on: the server refuses (412) if it changed since. */
  ifMatch: string;
}

export function useUpdateDatabaseLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, operations, ifMatch }: UpdateDatabaseLoginVariables) =>
      apiRequest(apiPaths.login(id), { method: 'PATCH', body: { operationList: operations }, ifMatch, schema: databaseLoginSchema }),
    // Returned, so the dialog stays "saving" until the grid shows the change. Connections name their login, so
    // a renamed login refreshes them too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: databaseLoginQueries.all() }),
        queryClient.invalidateQueries({ queryKey: databaseConnectionQueries.all() }),
      ]),
  });
}
