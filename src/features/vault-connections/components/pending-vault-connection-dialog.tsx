import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { ApiError } from '@/api/client';
import { ErrorPanel } from '@/components/error-panel';
import { vaultConnectionQueries } from '@/lib/queries/vault-connection-queries';
import { connectionGoneMessage } from '../vault-connection-form';

interface Props {
  title: string;
  error: Error | null;
  /** The connection being opened, as the list names it; none for a new one. */
  connectionName: string | undefined;
  onRetry: () => void;
  onClose: () => void;
}

/** The vault connection dialog while what it needs loads, or why it could not. */
export function PendingVaultConnectionDialog({ title, error, connectionName, onRetry, onClose }: Props) {
  const titleId = useId();
  const gone = error instanceof ApiError && error.status === 404;
  const queryClient = useQueryClient();
  // Deleted by someone else: the list still shows it until it is read again.
  useEffect(() => {
    if (gone) void queryClient.invalidateQueries({ queryKey: vaultConnectionQueries.list().queryKey });
  }, [gone, queryClient]);
  const named = connectionName ? `“${connectionName}”` : 'The vault connection';
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {gone ? (
          <Alert severity="warning" role="alert">
            {connectionGoneMessage(connectionName)}
          </Alert>
        ) : error ? (
          <ErrorPanel title={`${named} could not be loaded`} error={error} onRetry={onRetry} />
        ) : (
          <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 2 }}>
            <CircularProgress size={20} aria-hidden />
            Loading {connectionName ? named : 'the dialog'}…
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
      </DialogActions>
    </Dialog>
  );
}
