import { z } from 'zod';
import { accessKeyIdSchema, accountIdSchema, regionSchema, secretAccessKeySchema } from './aws/fields';
import { idSchema, nameSchema, strategyDateSchema } from './common';

/** Vault types this console implements, with the words Workstation shows for them. */
export const vaultTypeLabels = { awsSecretsManager: 'AWS Secrets Manager' } as const;
export type VaultType = keyof typeof vaultTypeLabels;

export const authenticationModeLabels = { defaultIamRole: 'Default IAM Role', accessKey: 'Access Key' } as const;
export type AuthenticationMode = keyof typeof authenticationModeLabels;

const awsType = z.literal('awsSecretsManager');

/*
 * Write shapes. The secret access key is accepted here and appears in no read shape: the server keeps it and
 * answers only whether one is set.
 */
const writeCommon = { name: nameSchema, type: awsType, region: regionSchema };
const defaultIamRoleWrite = z.object({
  ...writeCommon,
  authenticationMode: z.literal('defaultIamRole'),
  remoteAccountId: accountIdSchema.optional(),
});
const accessKeyWrite = z.object({
  ...writeCommon,
  authenticationMode: z.literal('accessKey'),
  accessKeyId: accessKeyIdSchema,
  secretAccessKey: secretAccessKeySchema,
});

export const createVaultConnectionRequestSchema = z.discriminatedUnion('authenticationMode', [
  defaultIamRoleWrite,
  accessKeyWrite,
]);
export type CreateVaultConnectionRequest = z.infer<typeof createVaultConnectionRequestSchema>;

/** A connection after PATCH operations are applied: an access key already stored need not be sent again. */
export const updatedVaultConnectionSchema = z.discriminatedUnion('authenticationMode', [
  defaultIamRoleWrite,
  accessKeyWrite.extend({ secretAccessKey: secretAccessKeySchema.optional() }),
]);

/* Read shapes: lenient about values (a newer server may know regions this client does not), strict about keys. */
const readCommon = {
  id: idSchema,
  name: z.string(),
  type: awsType,
  region: z.string(),
  dateCreated: strategyDateSchema,
  dateModified: strategyDateSchema,
};
export const vaultConnectionSchema = z.discriminatedUnion('authenticationMode', [
  z.object({ ...readCommon, authenticationMode: z.literal('defaultIamRole'), remoteAccountId: z.string().optional() }),
  z.object({
    ...readCommon,
    authenticationMode: z.literal('accessKey'),
    accessKeyId: z.string(),
    secretAccessKeySet: z.boolean(),
  }),
]);
export type VaultConnection = z.infer<typeof vaultConnectionSchema>;

export const vaultConnectionListSchema = z.object({ vaultConnections: z.array(vaultConnectionSchema) });
