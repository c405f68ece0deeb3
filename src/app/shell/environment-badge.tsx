import Chip from '@mui/material/Chip';
import { useQuery } from '@tanstack/react-query';
import { environmentQueries } from '@/lib/queries/environment-queries';

/** Which environment this console administers, as the server names it. */
export function EnvironmentBadge() {
  const environment = useQuery(environmentQueries.current());
  if (environment.isPending) return <Chip size="small" label="Connecting…" sx={{ color: 'inherit', borderColor: 'currentColor' }} variant="outlined" />;
  if (environment.error) return <Chip size="small" label="Environment unavailable" color="warning" />;
  const { name, managedCloudEnterprise } = environment.data;
  return (
    <Chip
      size="small"
      variant="outlined"
      sx={{ color: 'inherit', borderColor: 'currentColor' }}
      label={managedCloudEnterprise ? `${name} · MCE` : name}
      aria-label={`Environment: ${name}${managedCloudEnterprise ? ', Managed Cloud Enterprise' : ''}`}
    />
  );
}
