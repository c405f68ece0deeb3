import { createContext, Suspense, use, useCallback, useEffect, useState, type ReactNode } from 'react';
import { lazyWithPreload, preloadWhenIdle } from '@/lib/lazy-with-preload';
import type { ToastProps } from './toast';
import { visuallyHidden } from './visually-hidden';

type Notify = (message: string) => void;
const NotifyContext = createContext<Notify>(() => undefined);

// The toast (MUI's Snackbar) is first needed after a save: its own chunk, fetched when the browser is idle.
const Toast = lazyWithPreload<ToastProps>(() => import('./toast').then((module) => ({ default: module.Toast })));

/**
 * Confirms a finished action ("Vault connection saved."). The words go into a live region that is always in
 * the page, so screen readers announce them; a region created together with its text is often not read out.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const notify = useCallback<Notify>((text) => setMessage(text), []);
  useEffect(() => preloadWhenIdle(Toast), []);
  return (
    <NotifyContext value={notify}>
      {children}
      <div role="status" style={visuallyHidden}>
        {message}
      </div>
      {message !== null && (
        <Suspense fallback={null}>
          <Toast message={message} onClose={() => setMessage(null)} />
        </Suspense>
      )}
    </NotifyContext>
  );
}

export function useNotify(): Notify {
  return use(NotifyContext);
}
