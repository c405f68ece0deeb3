import { useQuery } from '@tanstack/react-query';
import { useEffect, type ComponentProps } from 'react';
import type { DatabaseLogin } from '@/api/database-logins';
import { AddButton } from '@/components/add-button';
import { DataGrid } from '@/components/data-grid/data-grid';
import { useRowDialogs } from '@/components/data-grid/use-row-dialogs';
import { DialogSuspense } from '@/components/dialog-suspense';
import { TabToolbar } from '@/components/layout/tab-toolbar';
import { useNotify } from '@/components/notifications';
import { lazyWithPreload, preloadWhenIdle } from '@/lib/lazy-with-preload';
import { databaseLoginQueries } from '@/lib/queries/database-login-queries';
import { databaseLoginColumns } from './database-login-columns';
import type { DatabaseLoginDialog as FormDialog } from './database-login-dialog';
import type { DatabaseLoginPropertiesDialog as PropertiesDialog } from './database-login-properties-dialog';
import type { DeleteDatabaseLoginDialog as DeleteDialog } from './delete-database-login-dialog';
import type { AddVaultConnectionDialogComponent } from './vault-connection-field';

// The dialogs are chunks of their own, fetched when the browser is idle or the pointer reaches Add.
const DatabaseLoginDialog = lazyWithPreload<ComponentProps<typeof FormDialog>>(() =>
  import('./database-login-dialog').then((module) => ({ default: module.DatabaseLoginDialog })),
);
const DeleteDatabaseLoginDialog = lazyWithPreload<ComponentProps<typeof DeleteDialog>>(() =>
  import('./delete-database-login-dialog').then((module) => ({ default: module.DeleteDatabaseLoginDialog })),
);
const DatabaseLoginPropertiesDialog = lazyWithPreload<ComponentProps<typeof PropertiesDialog>>(() =>
  import('./database-login-properties-dialog').then((module) => ({ default: module.DatabaseLoginPropertiesDialog })),
);


interface Props {
  /**
   * Add New Vault Connection, offered from the login dialog when no vault connection fits. The screen passes the
   * vault-connections feature's dialog in (features do not import each other); without it the dialog says where
   * to add one.
   */
  AddVaultConnectionDialog?: AddVaultConnectionDialogComponent;
}

/** The Database Logins tab of Data Sources: the grid of logins, Add, and each row's Edit, Delete, Properties. */
export function DatabaseLoginsTab({ AddVaultConnectionDialog }: Props) {
  const logins = useQuery(databaseLoginQueries.list());
  const { dialog, addButton, openAdd, openEdit, rowActions, close, closeAfterDelete } = useRowDialogs<DatabaseLogin>();
  const notify = useNotify();

  useEffect(() => preloadWhenIdle(DatabaseLoginDialog, DeleteDatabaseLoginDialog, DatabaseLoginPropertiesDialog), []);

  const saved = (login: DatabaseLogin) => {
    close();
    notify(`Database login “${login.name}” saved.`);
  };
  const preloadForm = () => void DatabaseLoginDialog.preload();

  return (
    <>
      <TabToolbar>
        <AddButton ref={addButton} variant="contained" onClick={openAdd} onPreload={preloadForm}>
          Add New Database Login
        </AddButton>
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
        emptyMessage="There are no database logins yet. Add one to give Strategy the credentials of a database."
        onRowOpen={openEdit}
        rowActions={rowActions}
        exportFileName="database-logins.csv"
      />
      <DialogSuspense>
        {dialog?.kind === 'add' && (
          <DatabaseLoginDialog onClose={close} onSaved={saved} AddVaultConnectionDialog={AddVaultConnectionDialog} />
        )}
        {dialog?.kind === 'edit' && (
          <DatabaseLoginDialog
            loginId={dialog.row.id}
            onClose={close}
            onSaved={saved}
            AddVaultConnectionDialog={AddVaultConnectionDialog}
          />
        )}
        {dialog?.kind === 'delete' && (
          <DeleteDatabaseLoginDialog
            login={dialog.row}
            onClose={close}
            onDeleted={(login) => {
              closeAfterDelete();
              notify(`Database login “${login.name}” deleted.`);
            }}
          />
        )}
        {dialog?.kind === 'properties' && <DatabaseLoginPropertiesDialog login={dialog.row} onClose={close} />}
      </DialogSuspense>
    </>
  );
}
