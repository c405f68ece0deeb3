import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** The row above a grid: its actions on the left, as in Workstation. */
export function TabToolbar({ children }: { children: ReactNode }) {
  return <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1.5, flexWrap: 'wrap' }}>{children}</Box>;
}
