import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

export interface ToastProps {
  message: string;
  onClose: () => void;
}

/** The visible confirmation. Screen readers hear it from the provider's live region, not from here. */
export function Toast({ message, onClose }: ToastProps) {
  return (
    <Snackbar open autoHideDuration={5000} onClose={onClose}>
      <Alert severity="success" role="presentation" variant="filled" onClose={onClose} sx={{ maxWidth: 560 }}>
        {message}
      </Alert>
    </Snackbar>
  );
}
