import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { VaultConnection } from '@/api/vault-connections';
import { AddButton } from '@/components/add-button';
import { DataGrid } from '@/components/data-grid/data-grid';
import { useRowDialogs } from '@/components/data-grid/use-row-dialogs';
import { DialogSuspense } from '@/components/dialog-suspense';
import { TabToolbar } from '@/components/layout/tab-toolbar';
import { useNotify } from '@/components/notifications';
import { preloadWhenIdle } from '@/lib/lazy-with-preload';
import { vaultConnectionQueries } from '@/lib/queries/vault-connection-queries';
import {
  LazyDeleteVaultConnectionDialog as DeleteVaultConnectionDialog,
  LazyVaultConnectionDialog as VaultConnectionDialog,
  LazyVaultConnectionPropertiesDialog as VaultConnectionPropertiesDialog,
} from './lazy-vault-connection-dialogs';
import { vaultConnectionColumns } from './vault-connection-columns';


/** The Vault Connections tab of Data Sources: the grid of connections, Add, and each row's Edit, Delete, Properties. */
export function VaultConnectionsTab() {
  const connections = useQuery(vaultConnectionQueries.list());
  const { dialog, addButton, openAdd, openEdit, rowActions, close, closeAfterDelete } = useRowDialogs<VaultConnection>();
  const notify = useNotify();

  useEffect(() => preloadWhenIdle(VaultConnectionDialog, DeleteVaultConnectionDialog, VaultConnectionPropertiesDialog), []);

  const saved = (connection: VaultConnection) => {
    close();
    notify(`Vault connection “${connection.name}” saved.`);
  };

  return (
    <>
      <TabToolbar>
        <AddButton ref={addButton} variant="contained" onClick={openAdd} onPreload={() => void VaultConnectionDialog.preload()}>
          Add New Vault Connection
        </AddButton>
      </TabToolbar>
      <DataGrid
        label="Vault connections"
        columns={vaultConnectionColumns}
        rows={connections.data}
        getRowId={(connection) => connection.id}
        rowName={(connection) => connection.name}
        loading={connections.isPending}
        error={connections.error}
        onRetry={() => void connections.refetch()}
        emptyMessage="There are no vault connections yet. Add one to read database credentials from a vault."
        onRowOpen={openEdit}
        rowActions={rowActions}
        exportFileName="vault-connections.csv"
      />
      <DialogSuspense>
        {dialog?.kind === 'add' && <VaultConnectionDialog onClose={close} onSaved={saved} />}
        {dialog?.kind === 'edit' && (
          <VaultConnectionDialog
            connectionId={dialog.row.id}
            connectionName={dialog.row.name}
            onClose={close}
            onSaved={saved}
            onUnchanged={(connection) => {
              close();
              notify(`Nothing changed in “${connection.name}”: nothing was saved.`);
            }}
          />
        )}
        {dialog?.kind === 'delete' && (
          <DeleteVaultConnectionDialog
            connection={dialog.row}
            onClose={close}
            onDeleted={() => {
              closeAfterDelete();
            }}
          />
        )}
        {dialog?.kind === 'properties' && <VaultConnectionPropertiesDialog connection={dialog.row} onClose={close} />}
      </DialogSuspense>
    </>
  );
}
