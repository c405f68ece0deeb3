import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { NotificationsProvider } from '@/components/notifications';

/** Renders with what the app provides, and a fresh QueryClient that never retries, so errors show at once. */
export function renderWithProviders(ui: ReactElement): RenderResult & { user: UserEvent; queryClient: QueryClient } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={createTheme()}>
        <CssBaseline />
        <NotificationsProvider>{ui}</NotificationsProvider>
      </ThemeProvider>
    </QueryClientProvider>,
  );
  return { ...result, user, queryClient };
}
