import { z } from 'zod';
import {
  createVaultConnectionRequestSchema,
  type AuthenticationMode,
  type CreateVaultConnectionRequest,
} from '@/api/vault-connections';

/** What the dialog holds: every field of every mode, so switching modes loses nothing typed. */
export interface VaultConnectionFormValues {
  name: string;
  type: 'awsSecretsManager';
  authenticationMode: AuthenticationMode;
  region: string;
  remoteAccountId: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** The fields each authentication mode shows, in order: the dialog is driven by this, not by branches. */
export const fieldsByMode = {
  defaultIamRole: ['region', 'remoteAccountId'],
  accessKey: ['region', 'accessKeyId', 'secretAccessKey'],
} as const satisfies Record<AuthenticationMode, readonly (keyof VaultConnectionFormValues)[]>;

export type ModeField = (typeof fieldsByMode)[AuthenticationMode][number];

export function emptyVaultConnectionForm(authenticationMode: AuthenticationMode): VaultConnectionFormValues {
  return { name: '', type: 'awsSecretsManager', authenticationMode, region: '', remoteAccountId: '', accessKeyId: '', secretAccessKey: '' };
}

/** Only the active mode's fields are sent; an optional field left empty is left out. */
export function toVaultConnectionRequest(values: VaultConnectionFormValues): Record<string, string> {
  const request: Record<string, string> = { name: values.name, type: values.type, authenticationMode: values.authenticationMode };
  for (const field of fieldsByMode[values.authenticationMode]) {
    const value = values[field];
    if (value.trim() !== '' || field !== 'remoteAccountId') request[field] = value;
  }
  return request;
}

/** Checked in the browser with the same schema the server uses, so the messages are the server's too. */
export const vaultConnectionFormSchema: z.ZodType<CreateVaultConnectionRequest, VaultConnectionFormValues> = z
  .custom<VaultConnectionFormValues>()
  .transform(toVaultConnectionRequest)
  .pipe(createVaultConnectionRequestSchema);
