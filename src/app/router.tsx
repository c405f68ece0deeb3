import { createBrowserRouter, createMemoryRouter, Navigate, type RouteObject } from 'react-router';
import { DataSourcesScreen } from './routes/data-sources-screen';
import { NotFoundScreen } from './routes/not-found-screen';
import { AppShell } from './shell/app-shell';

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/data-sources/vault-connections" replace /> },
      { path: 'data-sources', element: <Navigate to="/data-sources/vault-connections" replace /> },
      { path: 'data-sources/:tab', element: <DataSourcesScreen /> },
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
];

/** The browser's router; tests pass a start address and get an in-memory one. */
export function createAppRouter(initialPath?: string) {
  return initialPath ? createMemoryRouter(routes, { initialEntries: [initialPath] }) : createBrowserRouter(routes);
}
