import { z } from 'zod';
import {
  createVaultConnectionRequestSchema,
  updatedVaultConnectionSchema,
  type AuthenticationMode,
  type CreateVaultConnectionRequest,
  type VaultConnection,
  type VaultType,
} from '@/api/vault-connections';

/** What the dialog holds: every field of every mode, so switching modes loses nothing typed. */
export interface VaultConnectionFormValues {
  name: string;
  type: VaultType;
  authenticationMode: AuthenticationMode;
  region: string;
  remoteAccountId: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** The fields that depend on the type and the authentication mode (Name, Type and the mode always show). */
export type ModeField = 'region' | 'remoteAccountId' | 'accessKeyId' | 'secretAccessKey';

/**
 * The field set of each (type, authentication mode), in order. The dialog, the request it sends and the
 * properties it shows are all driven by this table: a new vault type is one schema in the contract and one
 * entry here, not new branches in the components.
 */
export const fieldSets = {
  awsSecretsManager: {
    defaultIamRole: ['region', 'remoteAccountId'],
    accessKey: ['region', 'accessKeyId', 'secretAccessKey'],
  },
} as const satisfies Record<VaultType, Record<AuthenticationMode, readonly ModeField[]>>;

export function fieldsFor(type: VaultType, mode: AuthenticationMode): readonly ModeField[] {
  return fieldSets[type][mode];
}

/** Fields that may be left empty: an empty one is not sent. */
const optionalFields: ReadonlySet<ModeField> = new Set(['remoteAccountId']);

export function emptyVaultConnectionForm(authenticationMode: AuthenticationMode): VaultConnectionFormValues {
  return { name: '', type: 'awsSecretsManager', authenticationMode, region: '', remoteAccountId: '', accessKeyId: '', secretAccessKey: '' };
}

/** An existing connection as the dialog holds it. The secret access key is never known: its field starts empty. */
export function vaultConnectionFormValues(connection: VaultConnection): VaultConnectionFormValues {
  const values = emptyVaultConnectionForm(connection.authenticationMode);
  values.name = connection.name;
  values.type = connection.type;
  values.region = connection.region;
  if (connection.authenticationMode === 'defaultIamRole') values.remoteAccountId = connection.remoteAccountId ?? '';
  else values.accessKeyId = connection.accessKeyId;
  return values;
}

/** Whether the server holds a secret access key for this connection (so editing need not send one). */
export function secretAccessKeyIsSet(connection: VaultConnection | undefined): boolean {
  return connection?.authenticationMode === 'accessKey' && connection.secretAccessKeySet;
}

interface RequestOptions {
  /** Editing a connection whose key the server holds: an empty Secret Access Key means "keep it". */
  keepStoredSecretAccessKey: boolean;
}

/** Only the active field set is sent; an optional field left empty is left out. */
export function toVaultConnectionRequest(values: VaultConnectionFormValues, { keepStoredSecretAccessKey }: RequestOptions): Record<string, string> {
  const request: Record<string, string> = { name: values.name, type: values.type, authenticationMode: values.authenticationMode };
  for (const field of fieldsFor(values.type, values.authenticationMode)) {
    const value = values[field];
    if (value.trim() === '' && optionalFields.has(field)) continue;
    // Only a field left untouched keeps the stored key; spaces are a (wrong) key and are checked as one.
    if (value === '' && field === 'secretAccessKey' && keepStoredSecretAccessKey) continue;
    request[field] = value;
  }
  return request;
}

/** Checked in the browser with the same schema the server uses, so the messages are the server's too. */
export const vaultConnectionFormSchema: z.ZodType<CreateVaultConnectionRequest, VaultConnectionFormValues> = z
  .custom<VaultConnectionFormValues>()
  .transform((values) => toVaultConnectionRequest(values, { keepStoredSecretAccessKey: false }))
  .pipe(createVaultConnectionRequestSchema);

/** A connection as an edit leaves it (the contract's shape after PATCH): the secret access key may be absent. */
export type VaultConnectionUpdate = z.infer<typeof updatedVaultConnectionSchema>;

/**
 * The edit form's schema. A key the server holds need not be typed again; a connection without one (a
 * Default IAM Role connection switched to Access Key) needs one, exactly as a new connection does.
 */
export function editVaultConnectionFormSchema(connection: VaultConnection): z.ZodType<VaultConnectionUpdate, VaultConnectionFormValues> {
  const keySet = secretAccessKeyIsSet(connection);
  return z
    .custom<VaultConnectionFormValues>()
    .transform((values) => toVaultConnectionRequest(values, { keepStoredSecretAccessKey: keySet }))
    .pipe(keySet ? updatedVaultConnectionSchema : createVaultConnectionRequestSchema);
}

/** The writable fields of a stored connection, in the request's shape: what an edit is compared with. */
export function writableVaultConnection(connection: VaultConnection): Partial<VaultConnectionUpdate> {
  const { name, type, region } = connection;
  return connection.authenticationMode === 'defaultIamRole'
    ? { name, type, authenticationMode: 'defaultIamRole', region, remoteAccountId: connection.remoteAccountId }
    : { name, type, authenticationMode: 'accessKey', region, accessKeyId: connection.accessKeyId };
}

const formFields: ReadonlySet<string> = new Set<keyof VaultConnectionFormValues>([
  'name',
  'type',
  'authenticationMode',
  ...Object.values(fieldSets).flatMap((modes) => Object.values(modes).flat()),
]);
const isFormField = (field: string): field is keyof VaultConnectionFormValues => formFields.has(field);

/** The form field a server refusal is about (its `field`), when the form has one: a taken name lands on Name. */
export function formFieldOf(serverField: string): keyof VaultConnectionFormValues | undefined {
  return isFormField(serverField) ? serverField : undefined;
}

/** What a save or delete answered 404 says: someone else deleted the connection meanwhile. */
export function connectionGoneMessage(name: string | undefined): string {
  return `${name ? `“${name}”` : 'This vault connection'} no longer exists: someone else deleted it. The list has been refreshed.`;
}
