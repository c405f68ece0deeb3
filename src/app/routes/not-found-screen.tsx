import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'wouter';

export function NotFoundScreen() {
  return (
    <>
      <Typography variant="h5" component="h1" gutterBottom>
        Page not found
      </Typography>
      <Typography>
        Nothing lives at this address. Go to{' '}
        <Link component={RouterLink} href="/data-sources/vault-connections">
          Data Sources
        </Link>
        .
      </Typography>
    </>
  );
}
