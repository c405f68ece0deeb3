import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { createContext, use, useCallback, useState, type ReactNode } from 'react';

type Notify = (message: string) => void;
const NotifyContext = createContext<Notify>(() => undefined);

/** Confirms a finished action ("Vault connection saved.") in a toast that screen readers announce. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const notify = useCallback<Notify>((text) => setMessage(text), []);
  return (
    <NotifyContext value={notify}>
      {children}
      <Snackbar open={message !== null} autoHideDuration={5000} onClose={() => setMessage(null)}>
        <Alert severity="success" role="status" variant="filled" onClose={() => setMessage(null)}>
          {message}
        </Alert>
      </Snackbar>
    </NotifyContext>
  );
}

export function useNotify(): Notify {
  return use(NotifyContext);
}
