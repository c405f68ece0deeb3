import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';

interface Props {
  title: string;
  /** react-hook-form's handleSubmit(...): validates, then saves. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void> | void;
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
  // Between a submit and the mutation's start the form validates asynchronously: a second click or Enter in
  // that moment must not start a second save, so the dialog itself refuses a submit while one is in flight.
  const inFlight = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const busy = saving || submitting;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current || saving) return;
    inFlight.current = true;
    setSubmitting(true);
    try {
      await onSubmit(event);
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };
  const requestClose = () => {
    if (busy) return;
    if (dirty) setConfirmingDiscard(true);
    else onClose();
  };
  return (
    <Dialog open onClose={requestClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
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
          <Button type="submit" variant="contained" loading={busy} loadingPosition="start">
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
