import { ApiError } from '@/api/client';
import type { DatabaseLogin } from '@/api/database-logins';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useDeleteDatabaseLogin } from '../api/use-delete-database-login';

interface Props {
  login: DatabaseLogin;
  onClose: () => void;
  onDeleted: (login: DatabaseLogin) => void;
}

/** Asks before deleting a login. The server refuses while database connections use it, and says which. */
export function DeleteDatabaseLoginDialog({ login, onClose, onDeleted }: Props) {
  const remove = useDeleteDatabaseLogin();
  const error = remove.error;
  const message =
    error === null
      ? undefined
      : error instanceof ApiError && error.status === 404
        ? `“${login.name}” no longer exists: someone else deleted it.`
        : `${error.message}${error instanceof ApiError && error.ticketId ? ` (Ticket ID: ${error.ticketId})` : ''}`;
  return (
    <ConfirmDialog
      title="Delete Database Login"
      confirmLabel="Delete"
      destructive
      pending={remove.isPending}
      // In use by database connections: asking again would be refused again.
      confirmDisabled={error instanceof ApiError && error.status === 409}
      error={message}
      onCancel={onClose}
      onConfirm={() => {
        if (remove.isPending) return;
        remove.mutate(login.id, { onSuccess: () => onDeleted(login) });
      }}
    >
      Delete the database login “{login.name}”? This cannot be undone.
    </ConfirmDialog>
  );
}
