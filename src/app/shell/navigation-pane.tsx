import StorageIcon from '@mui/icons-material/Storage';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { Link, useLocation } from 'wouter';

/** Workstation's Navigation pane; Data Sources is the part of it this console replicates. */
export function NavigationPane() {
  const [pathname] = useLocation();
  const onDataSources = pathname.startsWith('/data-sources');
  return (
    <nav aria-label="Navigation pane">
      <List dense>
        <ListItem disablePadding>
          <ListItemButton component={Link} href="/data-sources/vault-connections" selected={onDataSources} aria-current={onDataSources ? 'page' : undefined}>
          <ListItemIcon sx={{ minWidth: 36 }}>
            <StorageIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary="Data Sources" />
          </ListItemButton>
        </ListItem>
      </List>
    </nav>
  );
}
