import { z } from 'zod';
import { secretConnectionMismatch } from '@/api/aws/secret-and-connection';
import { createDatabaseLoginRequestSchema, type CreateDatabaseLoginRequest } from '@/api/database-logins';
import type { VaultConnection } from '@/api/vault-connections';

/** What the dialog holds: both modes' fields, so turning Use Vault off and on again loses nothing typed. */
export interface DatabaseLoginFormValues {
  useVault: boolean;
  name: string;
  description: string;
  vaultType: 'awsSecretsManager';
  vaultConnection: { id: string };
  secretName: string;
  username: string;
  password: string;
}

export const emptyDatabaseLoginForm: DatabaseLoginFormValues = {
  useVault: false,
  name: '',
  description: '',
  vaultType: 'awsSecretsManager',
  vaultConnection: { id: '' },
  secretName: '',
  username: '',
  password: '',
};

/** Only the active mode's fields are sent. */
export function toDatabaseLoginRequest(values: DatabaseLoginFormValues): Record<string, unknown> {
  const common = { name: values.name, description: values.description };
  return values.useVault
    ? { ...common, useVault: true, vaultType: values.vaultType, vaultConnection: values.vaultConnection, secretName: values.secretName }
    : { ...common, useVault: false, username: values.username, password: values.password };
}

/**
 * The server's schema, plus the check that needs the chosen connection: Secrets Manager answers only in the
 * connection's region (and account, when it names one), so a mismatch would fail at every connection later.
 */
export function databaseLoginFormSchema(
  connections: readonly VaultConnection[],
): z.ZodType<CreateDatabaseLoginRequest, DatabaseLoginFormValues> {
  return z
    .custom<DatabaseLoginFormValues>()
    .transform(toDatabaseLoginRequest)
    .pipe(createDatabaseLoginRequestSchema)
    .superRefine((request, ctx) => {
      if (!request.useVault) return;
      const connection = connections.find((candidate) => candidate.id === request.vaultConnection.id);
      const mismatch = connection && secretConnectionMismatch(request.secretName, connection);
      if (mismatch) ctx.addIssue({ code: 'custom', path: ['secretName'], message: mismatch });
    });
}
