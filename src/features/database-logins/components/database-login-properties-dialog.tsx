import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { DatabaseLogin } from '@/api/database-logins';
import { vaultTypeLabels } from '@/api/vault-connections';
import { PropertiesDialog, type Property } from '@/components/properties-dialog';
import { formatStrategyDate } from '@/lib/format-date';
import { databaseConnectionQueries } from '@/lib/queries/database-connection-queries';

interface Props {
  login: DatabaseLogin;
  onClose: () => void;
}

const none = '—';

/** Properties of a database login: what it is, and the database connections that use it (its dependents). */
export function DatabaseLoginPropertiesDialog({ login, onClose }: Props) {
  const dependents = useQuery({
    ...databaseConnectionQueries.list(),
    select: (connections) => connections.filter((connection) => connection.database.login.id === login.id),
  });
  const properties: Property[] = [
    { label: 'ID', value: login.id },
    { label: 'Name', value: login.name },
    { label: 'Description', value: login.description || none },
    { label: 'Mode', value: login.useVault ? vaultTypeLabels[login.vaultType] : 'Standard' },
    ...(login.useVault
      ? [
          { label: 'Vault Connection', value: login.vaultConnection.name },
          { label: 'Secret Name', value: login.secretName },
        ]
      : [
          { label: 'Login', value: login.username },
          { label: 'Password', value: login.passwordSet ? 'Set (never shown)' : 'Not set' },
        ]),
    { label: 'Date Created', value: formatStrategyDate(login.dateCreated) },
    { label: 'Date Modified', value: formatStrategyDate(login.dateModified) },
  ];
  const content = dependents.isPending ? (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <CircularProgress size={16} aria-hidden />
      Loading database connections…
    </Box>
  ) : dependents.isError ? (
    <Box role="alert">
      The database connections could not be loaded: {dependents.error.message}{' '}
      <Button size="small" onClick={() => void dependents.refetch()}>
        Retry
      </Button>
    </Box>
  ) : dependents.data.length === 0 ? (
    <Typography color="text.secondary">No database connection uses this login: it can be deleted.</Typography>
  ) : (
    <Box component="ul" aria-label="Database connections that use this login" sx={{ m: 0, pl: 3 }}>
      {dependents.data.map((connection) => (
        <li key={connection.id}>{connection.name}</li>
      ))}
    </Box>
  );
  return (
    <PropertiesDialog
      title={`Properties: ${login.name}`}
      properties={properties}
      dependents={{ heading: 'Database connections that use this login', content }}
      onClose={onClose}
    />
  );
}
