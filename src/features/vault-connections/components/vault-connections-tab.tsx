import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataGrid } from '@/components/data-grid/data-grid';
import { TabToolbar } from '@/components/layout/tab-toolbar';
import { useNotify } from '@/components/notifications';
import { vaultConnectionQueries } from '@/lib/queries/vault-connection-queries';
import { vaultConnectionColumns } from './vault-connection-columns';
import { VaultConnectionDialog } from './vault-connection-dialog';

/** The Vault Connections tab of Data Sources: the grid of connections and Add New Vault Connection. */
export function VaultConnectionsTab() {
  const connections = useQuery(vaultConnectionQueries.list());
  const [adding, setAdding] = useState(false);
  const notify = useNotify();
  return (
    <>
      <TabToolbar>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
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
      />
      {adding && (
        <VaultConnectionDialog
          onClose={() => setAdding(false)}
          onSaved={(connection) => {
            setAdding(false);
            notify(`Vault connection “${connection.name}” saved.`);
          }}
        />
      )}
    </>
  );
}
