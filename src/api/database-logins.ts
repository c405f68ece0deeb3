import { z } from 'zod';
import { secretArnSchema } from './aws/fields';
import { descriptionSchema, idSchema, nameSchema, strategyDateSchema } from './common';

export const usernameSchema = z
  .string({ error: 'Enter the Login: the database user name.' })
  .trim()
  .min(1, 'Enter the Login: the database user name.')
  .max(255, 'A login is at most 255 characters.');

export const passwordSchema = z
  .string({ error: 'Enter the Password.' })
  .min(1, 'Enter the Password.')
  .max(1024, 'A password is at most 1024 characters.');

/*
 * Write shapes. A standard login carries its password; a vault login names the vault connection and the secret
 * that holds the credentials, so Strategy reads the secret's latest value at every connection.
 */
const writeCommon = { name: nameSchema, description: descriptionSchema.default('') };
const standardWrite = z.object({
  ...writeCommon,
  useVault: z.literal(false),
  username: usernameSchema,
  password: passwordSchema,
});
const vaultWrite = z.object({
  ...writeCommon,
  useVault: z.literal(true),
  vaultType: z.literal('awsSecretsManager'),
  vaultConnection: z.object(
    { id: z.string({ error: 'Choose a Vault Connection.' }).min(1, 'Choose a Vault Connection.').pipe(idSchema) },
    { error: 'Choose a Vault Connection.' },
  ),
  secretName: secretArnSchema,
});

export const createDatabaseLoginRequestSchema = z.discriminatedUnion('useVault', [standardWrite, vaultWrite]);
export type CreateDatabaseLoginRequest = z.infer<typeof createDatabaseLoginRequestSchema>;

/** A login after PATCH operations are applied: a password already stored need not be sent again. */
export const updatedDatabaseLoginSchema = z.discriminatedUnion('useVault', [
  standardWrite.extend({ password: passwordSchema.optional() }),
  vaultWrite,
]);

/* Read shapes: never a password, only whether one is set. */
const readCommon = {
  id: idSchema,
  name: z.string(),
  description: z.string(),
  dateCreated: strategyDateSchema,
  dateModified: strategyDateSchema,
};
export const databaseLoginSchema = z.discriminatedUnion('useVault', [
  z.object({ ...readCommon, useVault: z.literal(false), username: z.string(), passwordSet: z.boolean() }),
  z.object({
    ...readCommon,
    useVault: z.literal(true),
    vaultType: z.literal('awsSecretsManager'),
    vaultConnection: z.object({ id: idSchema, name: z.string() }),
    secretName: z.string(),
  }),
]);
export type DatabaseLogin = z.infer<typeof databaseLoginSchema>;

export const databaseLoginListSchema = z.object({ logins: z.array(databaseLoginSchema) });
