/** Every endpoint the console calls; the mock answers the same paths. */
export const apiPaths = {
  environment: '/api/environment',
  vaultConnections: '/api/datasources/vaultConnections',
  vaultConnection: (id: string) => `/api/datasources/vaultConnections/${encodeURIComponent(id)}`,
  logins: '/api/datasources/logins',
  login: (id: string) => `/api/datasources/logins/${encodeURIComponent(id)}`,
  databaseConnections: '/api/datasources/connections',
} as const;
