import { http } from 'msw';
import type { DatabaseConnection } from '@/api/database-connections';
import { apiPaths } from '@/api/paths';
import type { MockDb } from '../db';
import { json } from './respond';

/** A connection names its login as the login is called now, not as it was called when the connection was saved. */
function withCurrentLoginName(db: MockDb, connection: DatabaseConnection): DatabaseConnection {
  const login = db.logins.get(connection.database.login.id);
  return login ? { ...connection, database: { ...connection.database, login: { id: login.id, name: login.name } } } : connection;
}

/** Strategy's database connections, read-only here: they are the dependents of database logins. */
export const databaseConnectionHandlers = (db: MockDb) => [
  http.get(apiPaths.databaseConnections, () =>
    json({ connections: [...db.databaseConnections.values()].map((connection) => withCurrentLoginName(db, connection)) }),
  ),
];
