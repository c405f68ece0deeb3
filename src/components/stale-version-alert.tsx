import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';

interface Props {
  /** What happened and what Reload will do, in the edit form's words. */
  children: ReactNode;
  onReload: () => void;
  reloading: boolean;
}

/** Someone else saved the record after this form loaded it (412): the save was refused, Reload brings theirs. */
export function StaleVersionAlert({ children, onReload, reloading }: Props) {
  return (
    <Alert
      severity="warning"
      role="alert"
      sx={{ mb: 1 }}
      action={
        <Button color="inherit" size="small" onClick={onReload} loading={reloading}>
          Reload
        </Button>
      }
    >
      {children}
    </Alert>
  );
}
