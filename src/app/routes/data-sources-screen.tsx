import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { Link } from 'wouter';
import { DatabaseLoginsTab } from '@/features/database-logins/components/database-logins-tab';
import { LazyVaultConnectionDialog } from '@/features/vault-connections/components/lazy-vault-connection-dialogs';
import { VaultConnectionsTab } from '@/features/vault-connections/components/vault-connections-tab';
import { NotFoundScreen } from './not-found-screen';

const tabs = [
  { slug: 'vault-connections', label: 'Vault Connections', content: <VaultConnectionsTab /> },
  { slug: 'database-logins', label: 'Database Logins', content: <DatabaseLoginsTab AddVaultConnectionDialog={LazyVaultConnectionDialog} /> },
] as const;

/** Data Sources: one tab per kind of object, each at its own address. */
export function DataSourcesScreen({ tab: slug }: { tab: string }) {
  const current = tabs.find((tab) => tab.slug === slug);
  if (!current) return <NotFoundScreen />;
  return (
    <>
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        Data Sources
      </Typography>
      <Tabs value={current.slug} aria-label="Data Sources" sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        {tabs.map((tab) => (
          <Tab
            key={tab.slug}
            value={tab.slug}
            label={tab.label}
            component={Link}
            href={`/data-sources/${tab.slug}`}
            id={`tab-${tab.slug}`}
            aria-controls={`tabpanel-${tab.slug}`}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`tabpanel-${current.slug}`} aria-labelledby={`tab-${current.slug}`}>
        {current.content}
      </Box>
    </>
  );
}
