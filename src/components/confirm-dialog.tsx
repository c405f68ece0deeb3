import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  children: ReactNode;
  /** The confirming button's words, e.g. "Delete". */
  confirmLabel: string;
  /** The button that backs out; "Cancel" unless said otherwise. */
  cancelLabel?: string;
  /** Destructive actions show their button in the error colour. */
  destructive?: boolean;
  /** The action is under way: the button shows progress and ignores clicks. */
  pending?: boolean;
  /** The action cannot succeed as things stand (the server refused it: the object is in use). */
  confirmDisabled?: boolean;
  /** Why the action failed, shown inside the dialog, which stays open. */
  error?: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before an action that cannot be undone. Cancel has focus first, so Enter never destroys by accident. */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel = 'Cancel', destructive = false, pending = false, confirmDisabled = false, error, onConfirm, onCancel }: Props) {
  const titleId = useId();
  const textId = useId();
  return (
    <Dialog open onClose={pending ? undefined : onCancel} aria-labelledby={titleId} aria-describedby={textId} role="alertdialog">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" role="alert" sx={{ mb: 1 }}>
            {error}
          </Alert>
        )}
        <DialogContentText id={textId} component="div">
          {children}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus disabled={pending}>
          {cancelLabel}
        </Button>
        <Button onClick={onConfirm} variant="contained" color={destructive ? 'error' : 'primary'} loading={pending} disabled={confirmDisabled}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
