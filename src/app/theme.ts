import { createTheme } from '@mui/material/styles';

export const theme = createTheme({
  palette: {
    primary: { main: '#1f5fbf' },
    background: { default: '#f5f7fa' },
  },
  shape: { borderRadius: 6 },
  components: {
    MuiCssBaseline: {
      // Focus is always visible for keyboard users, whatever a component's own styling does.
      styleOverrides: { ':focus-visible': { outline: '2px solid #1f5fbf', outlineOffset: 2 } },
    },
    // The product's words show as written ("Add New Vault Connection"), not upper-cased.
    MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none', fontSize: 15 } } },
    // Names run to 250 characters, with or without spaces: they wrap inside a dialog or an alert, never past it.
    MuiDialogTitle: { styleOverrides: { root: { overflowWrap: 'anywhere' } } },
    MuiDialogContentText: { styleOverrides: { root: { overflowWrap: 'anywhere' } } },
    MuiAlert: { styleOverrides: { message: { overflowWrap: 'anywhere', minWidth: 0 } } },
  },
});
