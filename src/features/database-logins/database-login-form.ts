import { z } from 'zod';
import { secretConnectionMismatch } from '@/api/aws/secret-and-connection';
import { operationsBetween, type Operation } from '@/api/common';
import {
  createDatabaseLoginRequestSchema,
  updatedDatabaseLoginSchema,
  type CreateDatabaseLoginRequest,
  type DatabaseLogin,
} from '@/api/database-logins';
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

/** The fields a server refusal may name (its `field`), as the form calls them. */
export const formFieldOfServerField = (field: string): keyof DatabaseLoginFormValues | 'vaultConnection.id' | undefined => {
  const formField = field === 'vaultConnection' ? 'vaultConnection.id' : field;
  const known: readonly string[] = ['name', 'description', 'useVault', 'vaultType', 'vaultConnection.id', 'secretName', 'username', 'password'];
  return known.includes(formField) ? (formField as keyof DatabaseLoginFormValues | 'vaultConnection.id') : undefined;
};

/**
 * A saved login as the edit form starts: its own mode's fields filled in, the other mode's empty, and the
 * Password always empty, because the server never gives it back (it says only whether one is set).
 */
export function formValuesOf(login: DatabaseLogin): DatabaseLoginFormValues {
  const common = { ...emptyDatabaseLoginForm, name: login.name, description: login.description };
  return login.useVault
    ? { ...common, useVault: true, vaultType: login.vaultType, vaultConnection: { id: login.vaultConnection.id }, secretName: login.secretName }
    : { ...common, useVault: false, username: login.username };
}

/**
 * Only the active mode's fields are sent. When editing (`omitEmptyPassword`), an empty Password means "keep the
 * stored one" and is left out; a new login sends it, so an empty one is refused as missing.
 */
export function toDatabaseLoginRequest(values: DatabaseLoginFormValues, omitEmptyPassword = false): Record<string, unknown> {
  const common = { name: values.name, description: values.description };
  if (values.useVault) {
    return { ...common, useVault: true, vaultType: values.vaultType, vaultConnection: values.vaultConnection, secretName: values.secretName };
  }
  const password = omitEmptyPassword && values.password === '' ? {} : { password: values.password };
  return { ...common, useVault: false, username: values.username, ...password };
}

/** The cross-check that needs the chosen connection: a secret is read only in its connection's region and account. */
function checkSecretAgainstConnection(connections: readonly VaultConnection[]) {
  return (request: { useVault: boolean; vaultConnection?: { id: string }; secretName?: string }, ctx: z.RefinementCtx) => {
    if (!request.useVault || !request.vaultConnection || request.secretName === undefined) return;
    const chosenId = request.vaultConnection.id;
    const connection = connections.find((candidate) => candidate.id === chosenId);
    const mismatch = connection && secretConnectionMismatch(request.secretName, connection);
    if (mismatch) ctx.addIssue({ code: 'custom', path: ['secretName'], message: mismatch });
  };
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
    .transform((values) => toDatabaseLoginRequest(values))
    .pipe(createDatabaseLoginRequestSchema)
    .superRefine(checkSecretAgainstConnection(connections));
}

export type UpdatedDatabaseLogin = z.infer<typeof updatedDatabaseLoginSchema>;

/** The note under an edited standard login's empty Password field. */
export const passwordSetNote = 'A password is set. Type a new one to replace it.';
export const passwordNeededMessage = 'Enter the Password: this login has none stored, so it needs one as a standard login.';

/** Whether the server holds a password for this login (only a standard login can). */
export const storesPassword = (login: DatabaseLogin): boolean => !login.useVault && login.passwordSet;

/**
 * The edit form's schema: as a create, except that a stored password need not be typed again. A login that has
 * none stored (a vault login being turned into a standard one) needs one, as the server would say.
 */
export function editDatabaseLoginFormSchema(
  connections: readonly VaultConnection[],
  login: DatabaseLogin,
): z.ZodType<UpdatedDatabaseLogin, DatabaseLoginFormValues> {
  const keepStoredPassword = storesPassword(login);
  return z
    .custom<DatabaseLoginFormValues>()
    .transform((values) => toDatabaseLoginRequest(values, true))
    .pipe(updatedDatabaseLoginSchema)
    .superRefine(checkSecretAgainstConnection(connections))
    .superRefine((request, ctx) => {
      if (!request.useVault && request.password === undefined && !keepStoredPassword) {
        ctx.addIssue({ code: 'custom', path: ['password'], message: passwordNeededMessage });
      }
    });
}

/** The fields of a saved login that a PATCH can replace, as the server compares them. */
function writableView(login: DatabaseLogin): Partial<UpdatedDatabaseLogin> {
  const { name, description } = login;
  return login.useVault
    ? { name, description, useVault: true, vaultType: login.vaultType, vaultConnection: { id: login.vaultConnection.id }, secretName: login.secretName }
    : { name, description, useVault: false, username: login.username };
}

/**
 * The PATCH operations that turn the saved login into what the form holds: only the fields that changed. A
 * password is sent only when one was typed; switching mode clears the other mode's fields (sent as null), so a
 * standard login turned into a vault login loses its stored password on the server.
 */
export function changedOperations(login: DatabaseLogin, request: UpdatedDatabaseLogin): Operation[] {
  return operationsBetween<Partial<UpdatedDatabaseLogin>>(writableView(login), request);
}
