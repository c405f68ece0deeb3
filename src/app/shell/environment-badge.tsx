import Chip from '@mui/material/Chip';
import { useQuery } from '@tanstack/react-query';
import { environmentQueries } from '@/lib/queries/environment-queries';

// The top bar's own colours: white on the primary blue, which keeps the contrast AA asks for.
const onTopBar = { color: 'inherit', borderColor: 'currentColor' } as const;

/** Which environment this console administers, as the server names it. */
export function EnvironmentBadge() {
  const environment = useQuery(environmentQueries.current());
  if (environment.isPending) return <Chip size="small" label="Connecting…" sx={onTopBar} variant="outlined" />;
  if (environment.error) return <Chip size="small" label="Environment unavailable" sx={onTopBar} variant="outlined" />;
  const { name, managedCloudEnterprise } = environment.data;
  return (
    <Chip
      size="small"
      variant="outlined"
      sx={onTopBar}
      label={managedCloudEnterprise ? `${name} · MCE` : name}
      aria-label={`Environment: ${name}${managedCloudEnterprise ? ', Managed Cloud Enterprise' : ''}`}
    />
  );
}
