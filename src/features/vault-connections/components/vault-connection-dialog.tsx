import { useQuery } from '@tanstack/react-query';
import type { VaultConnection } from '@/api/vault-connections';
import { environmentQueries } from '@/lib/queries/environment-queries';
import { vaultConnectionQueries } from '@/lib/queries/vault-connection-queries';
import { CreateVaultConnectionForm } from './create-vault-connection-form';
import { EditVaultConnectionForm } from './edit-vault-connection-form';
import { PendingVaultConnectionDialog } from './pending-vault-connection-dialog';

interface Props {
  /** The connection to edit; none opens Add New Vault Connection. */
  connectionId?: string;
  /** Its name as the list shows it, said while it loads. */
  connectionName?: string;
  onClose: () => void;
  onSaved: (connection: VaultConnection) => void;
  /** Edit saved with nothing changed. */
  onUnchanged?: (connection: VaultConnection) => void;
}

/**
 * Add New Vault Connection, or Edit Vault Connection when given a connection. Waits for the environment (it
 * decides whether Default IAM Role is offered) and, to edit, for the connection itself, read afresh: the form
 * is filled in from what the server holds now, not from an older copy.
 */
export function VaultConnectionDialog({ connectionId, connectionName, onClose, onSaved, onUnchanged = onClose }: Props) {
  const environment = useQuery(environmentQueries.current());
  const connection = useQuery({
    ...vaultConnectionQueries.detail(connectionId ?? ''),
    enabled: connectionId !== undefined,
    refetchOnMount: 'always',
  });
  const title = connectionId === undefined ? 'Add New Vault Connection' : 'Edit Vault Connection';

  if (environment.data && connectionId === undefined) {
    return <CreateVaultConnectionForm environment={environment.data} onClose={onClose} onSaved={onSaved} />;
  }
  // Filled in only from a read made now (not a cached copy), and only once it has arrived.
  if (environment.data && connection.data && connection.isFetchedAfterMount && !connection.isError) {
    return (
      <EditVaultConnectionForm
        environment={environment.data}
        connection={connection.data}
        onClose={onClose}
        onSaved={onSaved}
        onUnchanged={onUnchanged}
      />
    );
  }
  const error = environment.error ?? (connection.isFetchedAfterMount ? connection.error : null);
  return (
    <PendingVaultConnectionDialog
      title={title}
      error={error}
      connectionName={connectionName}
      onRetry={() => void (environment.error ? environment.refetch() : connection.refetch())}
      onClose={onClose}
    />
  );
}
