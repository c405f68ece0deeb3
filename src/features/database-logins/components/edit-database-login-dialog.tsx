import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ApiError } from '@/api/client';
import type { DatabaseLogin } from '@/api/database-logins';
import { ErrorPanel } from '@/components/error-panel';
import { databaseLoginQueries } from '@/lib/queries/database-login-queries';
import { EditDatabaseLoginForm } from './edit-database-login-form';
import type { AddVaultConnectionDialogComponent } from './vault-connection-field';

interface Props {
  loginId: string;
  onClose: () => void;
  onSaved: (login: DatabaseLogin) => void;
  AddVaultConnectionDialog?: AddVaultConnectionDialogComponent | undefined;
}

const title = 'Edit Database Login';

/**
 * Edit Database Login. The form renders only once the login has loaded from the server (not from the grid's
 * possibly older row), so what is edited, and the version a save is based on, is the latest.
 */
export function EditDatabaseLoginDialog({ loginId, onClose, onSaved, AddVaultConnectionDialog }: Props) {
  // Nothing kept after the dialog closes (gcTime 0), so every opening loads the login afresh; and once the form
  // shows, no refetch replaces it under the user's hands (the form keeps the version it started from).
  const login = useQuery({ ...databaseLoginQueries.detail(loginId), gcTime: 0, refetchOnWindowFocus: false });
  const titleId = useId();
  if (login.data) {
    return (
      <EditDatabaseLoginForm
        key={login.data.id}
        login={login.data}
        onClose={onClose}
        onSaved={onSaved}
        AddVaultConnectionDialog={AddVaultConnectionDialog}
      />
    );
  }
  const deleted = login.error instanceof ApiError && login.error.status === 404;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {login.isPending ? (
          <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 2 }}>
            <CircularProgress size={20} aria-hidden />
            Loading the database login…
          </Box>
        ) : deleted ? (
          <Box role="alert" sx={{ py: 1 }}>
            This database login no longer exists: someone deleted it.
          </Box>
        ) : (
          <ErrorPanel title="The database login could not be loaded" error={login.error} onRetry={() => void login.refetch()} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus={!login.isPending}>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
