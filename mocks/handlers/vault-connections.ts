import { http } from 'msw';
import { errorCodes } from '@/api/errors';
import { apiPaths } from '@/api/paths';
import {
  createVaultConnectionRequestSchema,
  updatedVaultConnectionSchema,
  type VaultConnection,
} from '@/api/vault-connections';
import { now } from '../data/factories';
import { newObjectId } from '../data/ids';
import type { MockDb } from '../db';
import { applyOperations } from './apply-operations';
import { errorResponse, json, nameTaken, noContent, notFound, parseBody, staleVersion, validate } from './respond';

const kind = 'vault connection';
const writableFields = ['name', 'type', 'authenticationMode', 'region', 'remoteAccountId', 'accessKeyId', 'secretAccessKey'];

type Written = ReturnType<typeof updatedVaultConnectionSchema.parse>;

/** What the server stores of a write: the secret access key becomes "a key is set". */
function stored(written: Written, id: string, dateCreated: string, keyWasSet: boolean): VaultConnection {
  const common = { id, name: written.name, type: written.type, region: written.region, dateCreated, dateModified: now() };
  if (written.authenticationMode === 'defaultIamRole') {
    return { ...common, authenticationMode: 'defaultIamRole', ...(written.remoteAccountId ? { remoteAccountId: written.remoteAccountId } : {}) };
  }
  return {
    ...common,
    authenticationMode: 'accessKey',
    accessKeyId: written.accessKeyId,
    secretAccessKeySet: written.secretAccessKey !== undefined || keyWasSet,
  };
}

function writableView(connection: VaultConnection): Record<string, unknown> {
  const { name, type, authenticationMode, region } = connection;
  return connection.authenticationMode === 'defaultIamRole'
    ? { name, type, authenticationMode, region, remoteAccountId: connection.remoteAccountId }
    : { name, type, authenticationMode, region, accessKeyId: connection.accessKeyId };
}

/** Rules that need the server's state, after the request's shape is valid. */
function refusal(db: MockDb, written: Written, exceptId?: string): Response | undefined {
  if (written.authenticationMode === 'defaultIamRole' && !db.environment.managedCloudEnterprise) {
    return errorResponse(400, {
      code: errorCodes.invalidInput,
      message: 'Default IAM Role is available only in Managed Cloud Enterprise (MCE) environments.',
      field: 'authenticationMode',
    });
  }
  if (db.nameTaken(db.vaultConnections, written.name, exceptId)) return nameTaken(kind, written.name);
  return undefined;
}

export const vaultConnectionHandlers = (db: MockDb) => [
  http.get(apiPaths.vaultConnections, () => json({ vaultConnections: [...db.vaultConnections.values()] })),

  http.post(apiPaths.vaultConnections, async ({ request }) => {
    const parsed = await parseBody(request, createVaultConnectionRequestSchema);
    if (!parsed.ok) return parsed.response;
    const refused = refusal(db, parsed.data);
    if (refused) return refused;
    const created = stored(parsed.data, newObjectId(), now(), false);
    db.vaultConnections.set(created.id, created);
    db.changed();
    return json(created, 201);
  }),

  http.get(`${apiPaths.vaultConnections}/:id`, ({ params }) => {
    const connection = db.vaultConnections.get(String(params.id));
    return connection ? json(connection) : notFound(kind, String(params.id));
  }),

  http.patch(`${apiPaths.vaultConnections}/:id`, async ({ params, request }) => {
    const current = db.vaultConnections.get(String(params.id));
    if (!current) return notFound(kind, String(params.id));
    const stale = staleVersion(request, current);
    if (stale) return stale;
    const applied = await applyOperations(request, writableView(current), writableFields);
    if (!applied.ok) return applied.response;
    const parsed = validate(applied.data, updatedVaultConnectionSchema);
    if (!parsed.ok) return parsed.response;
    const keyWasSet = current.authenticationMode === 'accessKey' && current.secretAccessKeySet;
    if (parsed.data.authenticationMode === 'accessKey' && !parsed.data.secretAccessKey && !keyWasSet) {
      return errorResponse(400, { code: errorCodes.missingField, message: 'Enter the Secret Access Key.', field: 'secretAccessKey' });
    }
    const refused = refusal(db, parsed.data, current.id);
    if (refused) return refused;
    const updated = stored(parsed.data, current.id, current.dateCreated, keyWasSet);
    db.vaultConnections.set(updated.id, updated);
    db.changed();
    return json(updated);
  }),

  http.delete(`${apiPaths.vaultConnections}/:id`, ({ params }) => {
    const current = db.vaultConnections.get(String(params.id));
    if (!current) return notFound(kind, String(params.id));
    const users = db.loginsUsingConnection(current.id);
    if (users.length > 0) {
      return errorResponse(409, {
        code: errorCodes.invalidInput,
        message: `“${current.name}” cannot be deleted: database logins use it (${users.map((login) => login.name).join(', ')}).`,
      });
    }
    db.vaultConnections.delete(current.id);
    db.changed();
    return noContent();
  }),
];
