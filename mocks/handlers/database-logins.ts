import { http } from 'msw';
import { secretConnectionMismatch } from '@/api/aws/secret-and-connection';
import { createDatabaseLoginRequestSchema, updatedDatabaseLoginSchema, type DatabaseLogin } from '@/api/database-logins';
import { errorCodes } from '@/api/errors';
import { apiPaths } from '@/api/paths';
import { now } from '../data/factories';
import { newObjectId } from '../data/ids';
import type { MockDb } from '../db';
import { applyOperations } from './apply-operations';
import { errorResponse, json, nameTaken, noContent, notFound, parseBody, staleVersion, validate } from './respond';

const kind = 'database login';
const writableFields = ['name', 'description', 'useVault', 'username', 'password', 'vaultType', 'vaultConnection', 'secretName'];

type Written = ReturnType<typeof updatedDatabaseLoginSchema.parse>;

/** What the server stores of a write: the password becomes "a password is set". */
function stored(db: MockDb, written: Written, id: string, dateCreated: string, passwordWasSet: boolean): DatabaseLogin {
  const common = { id, name: written.name, description: written.description, dateCreated, dateModified: now() };
  if (!written.useVault) {
    return { ...common, useVault: false, username: written.username, passwordSet: written.password !== undefined || passwordWasSet };
  }
  const connection = db.vaultConnections.get(written.vaultConnection.id);
  return {
    ...common,
    useVault: true,
    vaultType: written.vaultType,
    vaultConnection: { id: written.vaultConnection.id, name: connection?.name ?? '' },
    secretName: written.secretName,
  };
}

function writableView(login: DatabaseLogin): Record<string, unknown> {
  const { name, description, useVault } = login;
  return login.useVault
    ? { name, description, useVault, vaultType: login.vaultType, vaultConnection: { id: login.vaultConnection.id }, secretName: login.secretName }
    : { name, description, useVault, username: login.username };
}

/** Rules that need the server's state, after the request's shape is valid. */
function refusal(db: MockDb, written: Written, exceptId?: string): Response | undefined {
  if (written.useVault) {
    const connection = db.vaultConnections.get(written.vaultConnection.id);
    if (!connection) {
      return errorResponse(400, { code: errorCodes.invalidInput, message: 'The chosen vault connection no longer exists.', field: 'vaultConnection.id' });
    }
    const mismatch = secretConnectionMismatch(written.secretName, connection);
    if (mismatch) return errorResponse(400, { code: errorCodes.invalidInput, message: mismatch, field: 'secretName' });
  }
  if (db.nameTaken(db.logins, written.name, exceptId)) return nameTaken(kind, written.name);
  return undefined;
}

/** A login names its vault connection as it is called now, not as it was called when the login was saved. */
function withCurrentNames(db: MockDb, login: DatabaseLogin): DatabaseLogin {
  if (!login.useVault) return login;
  const connection = db.vaultConnections.get(login.vaultConnection.id);
  return connection ? { ...login, vaultConnection: { id: connection.id, name: connection.name } } : login;
}

export const databaseLoginHandlers = (db: MockDb) => [
  http.get(apiPaths.logins, () => json({ logins: [...db.logins.values()].map((login) => withCurrentNames(db, login)) })),

  http.post(apiPaths.logins, async ({ request }) => {
    const parsed = await parseBody(request, createDatabaseLoginRequestSchema);
    if (!parsed.ok) return parsed.response;
    const refused = refusal(db, parsed.data);
    if (refused) return refused;
    const created = stored(db, parsed.data, newObjectId(), now(), false);
    db.logins.set(created.id, created);
    db.changed();
    return json(created, 201);
  }),

  http.get(`${apiPaths.logins}/:id`, ({ params }) => {
    const login = db.logins.get(String(params.id));
    return login ? json(withCurrentNames(db, login)) : notFound(kind, String(params.id));
  }),

  http.patch(`${apiPaths.logins}/:id`, async ({ params, request }) => {
    const current = db.logins.get(String(params.id));
    if (!current) return notFound(kind, String(params.id));
    const stale = staleVersion(request, current);
    if (stale) return stale;
    const applied = await applyOperations(request, writableView(current), writableFields);
    if (!applied.ok) return applied.response;
    const parsed = validate(applied.data, updatedDatabaseLoginSchema);
    if (!parsed.ok) return parsed.response;
    // A vault login keeps no password: turning it into a standard login needs a new one.
    const passwordWasSet = !current.useVault && current.passwordSet;
    if (!parsed.data.useVault && !parsed.data.password && !passwordWasSet) {
      return errorResponse(400, { code: errorCodes.missingField, message: 'Enter the Password.', field: 'password' });
    }
    const refused = refusal(db, parsed.data, current.id);
    if (refused) return refused;
    const updated = stored(db, parsed.data, current.id, current.dateCreated, passwordWasSet);
    db.logins.set(updated.id, updated);
    db.changed();
    return json(updated);
  }),

  http.delete(`${apiPaths.logins}/:id`, ({ params }) => {
    const current = db.logins.get(String(params.id));
    if (!current) return notFound(kind, String(params.id));
    const users = db.connectionsUsingLogin(current.id);
    if (users.length > 0) {
      return errorResponse(409, {
        code: errorCodes.invalidInput,
        message: `“${current.name}” cannot be deleted: database connections use it (${users.map((connection) => connection.name).join(', ')}).`,
      });
    }
    db.logins.delete(current.id);
    db.changed();
    return noContent();
  }),
];
