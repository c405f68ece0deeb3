import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { apiPaths } from '@/api/paths';
import { databaseLoginQueries } from '@/lib/queries/database-login-queries';

export function useDeleteDatabaseLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(apiPaths.login(id), { method: 'DELETE' }),
    // Returned, so the confirmation stays "deleting" until the row is gone from the grid. A refused delete (the
    // login is in use, or already gone) refreshes the list too: it may be out of date.
    onSettled: (_result, error, id) => {
      if (!error) queryClient.removeQueries({ queryKey: databaseLoginQueries.detail(id).queryKey });
      return queryClient.invalidateQueries({ queryKey: databaseLoginQueries.all() });
    },
  });
}
