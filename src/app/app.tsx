import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { NotificationsProvider } from '@/components/notifications';
import { createQueryClient } from '@/lib/query-client';
import { AppRouter } from './router';
import { theme } from './theme';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <NotificationsProvider>
          <AppRouter />
        </NotificationsProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
