import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { visuallyHidden } from '@/components/visually-hidden';
import { environmentQueries } from '@/lib/queries/environment-queries';

// An outlined pill in the top bar's own colours (white on the primary blue, AA contrast).
const pill = { px: 1.25, py: 0.25, border: 1, borderColor: 'currentColor', borderRadius: 4, fontSize: 13, lineHeight: 1.6 } as const;

/** Which environment this console administers, as the server names it. */
export function EnvironmentBadge() {
  const environment = useQuery(environmentQueries.current());
  if (environment.isPending) return <Box sx={pill}>Connecting…</Box>;
  if (environment.error) return <Box sx={pill}>Environment unavailable</Box>;
  const { name, managedCloudEnterprise } = environment.data;
  return (
    <Box sx={pill}>
      <span aria-hidden="true">{managedCloudEnterprise ? `${name} · MCE` : name}</span>
      <span style={visuallyHidden}>
        Environment: {name}
        {managedCloudEnterprise ? ', Managed Cloud Enterprise' : ''}
      </span>
    </Box>
  );
}
