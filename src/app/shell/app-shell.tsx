import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { EnvironmentBadge } from './environment-badge';
import { NavigationPane } from './navigation-pane';

const paneWidth = 220;

/** Workstation's frame: the top bar naming the environment, the Navigation pane, and the screen. */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateRows: 'auto 1fr', gridTemplateColumns: `${paneWidth}px 1fr`, minHeight: '100vh' }}>
      <AppBar position="static" sx={{ gridColumn: '1 / -1' }}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography component="p" sx={{ fontWeight: 600 }}>
            Strategy One · Workstation
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <EnvironmentBadge />
        </Toolbar>
      </AppBar>
      <Box sx={{ borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        <NavigationPane />
      </Box>
      <Box component="main" sx={{ p: 3, minWidth: 0 }}>
        {children}
      </Box>
    </Box>
  );
}
