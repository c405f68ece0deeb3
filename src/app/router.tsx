import { Redirect, Route, Router, Switch } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { DataSourcesScreen } from './routes/data-sources-screen';
import { NotFoundScreen } from './routes/not-found-screen';
import { AppShell } from './shell/app-shell';

const firstTab = '/data-sources/vault-connections';

/** The console's addresses: / and /data-sources lead to the first tab; each tab has its own. */
export function AppRoutes() {
  return (
    <AppShell>
      <Switch>
        <Route path="/">
          <Redirect to={firstTab} replace />
        </Route>
        <Route path="/data-sources">
          <Redirect to={firstTab} replace />
        </Route>
        <Route path="/data-sources/:tab">{({ tab }) => <DataSourcesScreen tab={tab} />}</Route>
        <Route>
          <NotFoundScreen />
        </Route>
      </Switch>
    </AppShell>
  );
}

/** The browser's address bar; tests pass a start address and get one held in memory. */
export function AppRouter({ initialPath }: { initialPath?: string }) {
  if (initialPath === undefined) return <AppRoutes />;
  return (
    <Router hook={memoryLocation({ path: initialPath, record: true }).hook}>
      <AppRoutes />
    </Router>
  );
}
