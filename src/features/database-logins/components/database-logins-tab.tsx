import AddIcon from '@mui/icons-material/Add';
import Backdrop from '@mui/material/Backdrop';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState, type ComponentProps } from 'react';
import type { DatabaseLogin } from '@/api/database-logins';
import { DataGrid } from '@/components/data-grid/data-grid';
import type { RowAction } from '@/components/data-grid/row-actions-menu';
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

type OpenDialog =
  | { kind: 'add' }
  | { kind: 'edit'; login: DatabaseLogin }
  | { kind: 'delete'; login: DatabaseLogin }
  | { kind: 'properties'; login: DatabaseLogin };

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
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const notify = useNotify();
  const addButton = useRef<HTMLButtonElement>(null);
  // A deleted row cannot take focus back: Add gets it instead.
  const focusAddOnClose = useRef(false);

  useEffect(() => preloadWhenIdle(DatabaseLoginDialog, DeleteDatabaseLoginDialog, DatabaseLoginPropertiesDialog), []);
  useEffect(() => {
    if (dialog === null && focusAddOnClose.current) {
      focusAddOnClose.current = false;
      addButton.current?.focus();
    }
  }, [dialog]);

  const close = () => setDialog(null);
  const saved = (login: DatabaseLogin) => {
    setDialog(null);
    notify(`Database login “${login.name}” saved.`);
  };
  const rowActions = (login: DatabaseLogin): RowAction[] => [
    { label: 'Edit', onSelect: () => setDialog({ kind: 'edit', login }) },
    { label: 'Delete', onSelect: () => setDialog({ kind: 'delete', login }) },
    { label: 'Properties', onSelect: () => setDialog({ kind: 'properties', login }) },
  ];
  const preloadForm = () => void DatabaseLoginDialog.preload();

  return (
    <>
      <TabToolbar>
        <Button
          ref={addButton}
          variant="contained"
          startIcon={<AddIcon />}
          onClick={() => setDialog({ kind: 'add' })}
          onMouseEnter={preloadForm}
          onFocus={preloadForm}
        >
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
        emptyMessage="There are no database logins yet. Add one to give Strategy the credentials of a database."
        onRowOpen={(login) => setDialog({ kind: 'edit', login })}
        rowActions={rowActions}
        exportFileName="database-logins.csv"
      />
      <Suspense
        fallback={
          <Backdrop open sx={{ zIndex: (theme) => theme.zIndex.modal }}>
            <CircularProgress aria-label="Loading the dialog" />
          </Backdrop>
        }
      >
        {dialog?.kind === 'add' && (
          <DatabaseLoginDialog onClose={close} onSaved={saved} AddVaultConnectionDialog={AddVaultConnectionDialog} />
        )}
        {dialog?.kind === 'edit' && (
          <DatabaseLoginDialog
            loginId={dialog.login.id}
            onClose={close}
            onSaved={saved}
            AddVaultConnectionDialog={AddVaultConnectionDialog}
          />
        )}
        {dialog?.kind === 'delete' && (
          <DeleteDatabaseLoginDialog
            login={dialog.login}
            onClose={close}
            onDeleted={(login) => {
              focusAddOnClose.current = true;
              setDialog(null);
              notify(`Database login “${login.name}” deleted.`);
            }}
          />
        )}
        {dialog?.kind === 'properties' && <DatabaseLoginPropertiesDialog login={dialog.login} onClose={close} />}
      </Suspense>
    </>
  );
}
