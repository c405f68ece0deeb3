import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { ApiError } from '@/api/client';

interface Props {
  title: string;
  error: unknown;
  onRetry: () => void;
}

/** A failed load: what the server said, its ticket ID for Support, and Retry. */
export function ErrorPanel({ title, error, onRetry }: Props) {
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  const ticketId = error instanceof ApiError ? error.ticketId : undefined;
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          Retry
        </Button>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {message}
      {ticketId && <div>Ticket ID: {ticketId}</div>}
    </Alert>
  );
}
