import { useState } from 'react';
import { ApiError } from '@/api/client';
import type { VaultConnection } from '@/api/vault-connections';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useNotify } from '@/components/notifications';
import { useDeleteVaultConnection } from '../api/use-delete-vault-connection';
import { connectionGoneMessage } from '../vault-connection-form';
import { ConnectionDependents } from './connection-dependents';

interface Props {
  connection: Pick<VaultConnection, 'id' | 'name'>;
  onClose: () => void;
  /** The connection is gone (deleted now, or already by someone else). */
  onDeleted: () => void;
}

/**
 * Asks before deleting a vault connection. The server refuses while database logins use it (409): the dialog
 * then says so and lists them, so the administrator knows what to change first.
 */
export function DeleteVaultConnectionDialog({ connection, onClose, onDeleted }: Props) {
  const remove = useDeleteVaultConnection();
  const notify = useNotify();
  const [error, setError] = useState<string>();
  const [inUse, setInUse] = useState(false);

  const confirm = async () => {
    setError(undefined);
    try {
      await remove.mutateAsync(connection.id);
      notify(`Vault connection “${connection.name}” deleted.`);
      onDeleted();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 404) {
        notify(connectionGoneMessage(connection.name));
        onDeleted();
        return;
      }
      setInUse(caught instanceof ApiError && caught.status === 409);
      const ticket = caught instanceof ApiError && caught.ticketId && caught.status >= 500 ? ` (Ticket ID: ${caught.ticketId})` : '';
      setError(`${caught instanceof Error ? caught.message : 'The vault connection was not deleted.'}${ticket}`);
    }
  };

  return (
    <ConfirmDialog
      title={`Delete “${connection.name}”?`}
      confirmLabel="Delete"
      destructive
      pending={remove.isPending}
      confirmDisabled={inUse}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      {inUse ? (
        // Shown once the server has refused: these are the logins to change first.
        <ConnectionDependents
          connectionId={connection.id}
          intro="Change these database logins to another vault connection, or delete them, then delete this one:"
        />
      ) : (
        <>The vault connection “{connection.name}” will be deleted. This cannot be undone.</>
      )}
    </ConfirmDialog>
  );
}
