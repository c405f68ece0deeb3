import Backdrop from '@mui/material/Backdrop';
import CircularProgress from '@mui/material/CircularProgress';
import { Suspense, type ReactNode } from 'react';

/** Where lazy dialogs render: while one's code is still on its way, a dimmed page with a spinner. */
export function DialogSuspense({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Backdrop open sx={{ zIndex: (theme) => theme.zIndex.modal }}>
          <CircularProgress aria-label="Loading the dialog" />
        </Backdrop>
      }
    >
      {children}
    </Suspense>
  );
}
