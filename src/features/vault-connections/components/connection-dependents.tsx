import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/error-panel';
import { databaseLoginQueries } from '@/lib/queries/database-login-queries';

interface Props {
  connectionId: string;
  /** Said before the list, when there is one. */
  intro?: string;
}

/** The database logins that read their credentials through a vault connection: its dependents. */
export function ConnectionDependents({ connectionId, intro }: Props) {
  const logins = useQuery({
    ...databaseLoginQueries.list(),
    select: (all) => all.filter((login) => login.useVault && login.vaultConnection.id === connectionId),
  });
  if (logins.isPending) {
    return (
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 1 }}>
        <CircularProgress size={16} aria-hidden />
        Loading the database logins that use it…
      </Box>
    );
  }
  if (logins.isError) {
    return <ErrorPanel title="The database logins could not be loaded" error={logins.error} onRetry={() => void logins.refetch()} />;
  }
  if (logins.data.length === 0) {
    return <Typography color="text.secondary">No database logins use this vault connection.</Typography>;
  }
  return (
    <>
      {intro && <Typography component="p">{intro}</Typography>}
      <List dense aria-label="Database logins that use this vault connection">
        {logins.data.map((login) => (
          <ListItem key={login.id} disableGutters>
            <ListItemText primary={login.name} secondary={login.useVault ? login.secretName : undefined} sx={{ overflowWrap: 'anywhere' }} />
          </ListItem>
        ))}
      </List>
    </>
  );
}
