import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState, type FormEventHandler, type ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';

interface Props {
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onClose: () => void;
  /** A save is under way: Save shows progress and ignores clicks, so nothing is saved twice. */
  saving: boolean;
  /** A refusal that belongs to no single field, shown inside the dialog. */
  error?: string | undefined;
  /** Something was typed: closing (Cancel, Escape, the backdrop) asks before discarding it. */
  dirty: boolean;
  children: ReactNode;
}

/**
 * The frame of every create and edit dialog: title, fields, an alert for errors that belong to no field,
 * Cancel and Save. MUI's dialog traps focus inside and gives it back to the opener on close.
 */
export function FormDialog({ title, onSubmit, onClose, saving, error, dirty, children }: Props) {
  const titleId = useId();
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const requestClose = () => {
    if (saving) return;
    if (dirty) setConfirmingDiscard(true);
    else onClose();
  };
  return (
    <Dialog open onClose={requestClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" role="alert" sx={{ mb: 1 }}>
              {error}
            </Alert>
          )}
          {children}
        </DialogContent>
        <DialogActions>
          <Button onClick={requestClose}>Cancel</Button>
          <Button type="submit" variant="contained" loading={saving}>
            Save
          </Button>
        </DialogActions>
      </form>
      {confirmingDiscard && (
        <ConfirmDialog
          title="Discard your changes?"
          confirmLabel="Discard"
          cancelLabel="Keep editing"
          destructive
          onConfirm={onClose}
          onCancel={() => setConfirmingDiscard(false)}
        >
          What you typed in “{title}” will be lost.
        </ConfirmDialog>
      )}
    </Dialog>
  );
}
