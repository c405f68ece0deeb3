import AddIcon from '@mui/icons-material/Add';
import Backdrop from '@mui/material/Backdrop';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState } from 'react';
import type { VaultConnection } from '@/api/vault-connections';
import type { RowAction } from '@/components/data-grid/row-actions-menu';
import { DataGrid } from '@/components/data-grid/data-grid';
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

type OpenDialog =
  | { kind: 'add' }
  | { kind: 'edit'; connection: VaultConnection }
  | { kind: 'delete'; connection: VaultConnection }
  | { kind: 'properties'; connection: VaultConnection };

/** The Vault Connections tab of Data Sources: the grid of connections, Add, and each row's Edit, Delete, Properties. */
export function VaultConnectionsTab() {
  const connections = useQuery(vaultConnectionQueries.list());
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const notify = useNotify();
  const addButton = useRef<HTMLButtonElement>(null);
  // A deleted row cannot take focus back: Add gets it instead.
  const focusAddOnClose = useRef(false);

  useEffect(() => preloadWhenIdle(VaultConnectionDialog, DeleteVaultConnectionDialog, VaultConnectionPropertiesDialog), []);
  useEffect(() => {
    if (dialog === null && focusAddOnClose.current) {
      focusAddOnClose.current = false;
      addButton.current?.focus();
    }
  }, [dialog]);

  const close = () => setDialog(null);
  const saved = (connection: VaultConnection) => {
    setDialog(null);
    notify(`Vault connection “${connection.name}” saved.`);
  };
  const rowActions = (connection: VaultConnection): RowAction[] => [
    { label: 'Edit', onSelect: () => setDialog({ kind: 'edit', connection }) },
    { label: 'Delete', onSelect: () => setDialog({ kind: 'delete', connection }) },
    { label: 'Properties', onSelect: () => setDialog({ kind: 'properties', connection }) },
  ];

  return (
    <>
      <TabToolbar>
        <Button
          ref={addButton}
          variant="contained"
          startIcon={<AddIcon />}
          onClick={() => setDialog({ kind: 'add' })}
          onMouseEnter={() => void VaultConnectionDialog.preload()}
          onFocus={() => void VaultConnectionDialog.preload()}
        >
          Add New Vault Connection
        </Button>
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
        onRowOpen={(connection) => setDialog({ kind: 'edit', connection })}
        rowActions={rowActions}
        exportFileName="vault-connections.csv"
      />
      <Suspense
        fallback={
          <Backdrop open sx={{ zIndex: (theme) => theme.zIndex.modal }}>
            <CircularProgress aria-label="Loading the dialog" />
          </Backdrop>
        }
      >
        {dialog?.kind === 'add' && <VaultConnectionDialog onClose={close} onSaved={saved} />}
        {dialog?.kind === 'edit' && (
          <VaultConnectionDialog
            connectionId={dialog.connection.id}
            connectionName={dialog.connection.name}
            onClose={close}
            onSaved={saved}
            onUnchanged={(connection) => {
              setDialog(null);
              notify(`Nothing changed in “${connection.name}”: nothing was saved.`);
            }}
          />
        )}
        {dialog?.kind === 'delete' && (
          <DeleteVaultConnectionDialog
            connection={dialog.connection}
            onClose={close}
            onDeleted={() => {
              focusAddOnClose.current = true;
              setDialog(null);
            }}
          />
        )}
        {dialog?.kind === 'properties' && <VaultConnectionPropertiesDialog connection={dialog.connection} onClose={close} />}
      </Suspense>
    </>
  );
}
