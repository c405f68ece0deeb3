import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataGrid } from '@/components/data-grid/data-grid';
import { TabToolbar } from '@/components/layout/tab-toolbar';
import { useNotify } from '@/components/notifications';
import { databaseLoginQueries } from '@/lib/queries/database-login-queries';
import { databaseLoginColumns } from './database-login-columns';
import { DatabaseLoginDialog } from './database-login-dialog';

/** The Database Logins tab of Data Sources: the grid of logins and Add New Database Login. */
export function DatabaseLoginsTab() {
  const logins = useQuery(databaseLoginQueries.list());
  const [adding, setAdding] = useState(false);
  const notify = useNotify();
  return (
    <>
      <TabToolbar>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
          Add New Database Login
        </Button>
      </TabToolbar>
      <DataGrid
        label="Database logins"
        columns={databaseLoginColumns}
        rows={logins.data}
        getRowId={(login) => login.id}
        rowName={(login) => login.name}
        loading={logins.isPending}
        error={logins.error}
        onRetry={() => void logins.refetch()}
        emptyMessage="There are no database logins yet."
      />
      {adding && (
        <DatabaseLoginDialog
          onClose={() => setAdding(false)}
          onSaved={(login) => {
            setAdding(false);
            notify(`Database login “${login.name}” saved.`);
          }}
        />
      )}
    </>
  );
}
