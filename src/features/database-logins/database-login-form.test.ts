import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildDatabaseLogin, buildVaultConnection } from '../../../mocks/data/factories';
import {
  changedOperations,
  databaseLoginFormSchema,
  editDatabaseLoginFormSchema,
  emptyDatabaseLoginForm,
  formValuesOf,
  passwordNeededMessage,
  toDatabaseLoginRequest,
  type DatabaseLoginFormValues,
} from './database-login-form';

const seedArn = 'arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test-5m93MF';
const finance = buildVaultConnection({
  name: 'Finance secrets (cross-account)',
  authenticationMode: 'defaultIamRole',
  region: 'us-west-2',
  remoteAccountId: '448049832177',
});
const standard = buildDatabaseLogin({
  name: 'Snowflake service account',
  description: 'Used by the nightly cube refresh',
  useVault: false,
  username: 'svc_strategy',
  passwordSet: true,
});
const vault = buildDatabaseLogin({
  name: 'Finance Redshift',
  useVault: true,
  vaultType: 'awsSecretsManager',
  vaultConnection: { id: finance.id, name: finance.name },
  secretName: seedArn,
});

/** Both modes typed into, as a user who switched back and forth would leave the form. */
const bothModes: DatabaseLoginFormValues = {
  ...emptyDatabaseLoginForm,
  name: 'Warehouse',
  username: 'report_reader',
  password: 'S3cret!',
  vaultConnection: { id: finance.id },
  secretName: seedArn,
};

/** The form's output, or each refusal as "field: message". */
async function parse<T>(schema: z.ZodType<T, DatabaseLoginFormValues>, values: DatabaseLoginFormValues) {
  const result = await schema.safeParseAsync(values);
  return result.success ? { data: result.data } : { issues: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
}

/** The form's output, for values that must be accepted. */
async function accepted<T>(schema: z.ZodType<T, DatabaseLoginFormValues>, values: DatabaseLoginFormValues): Promise<T> {
  const result = await schema.safeParseAsync(values);
  if (!result.success) throw new Error(result.error.issues.map((issue) => issue.message).join('; '));
  return result.data;
}

describe('switching modes', () => {
  it('sends only the active mode’s fields', () => {
    expect(toDatabaseLoginRequest({ ...bothModes, useVault: false })).toEqual({
      name: 'Warehouse',
      description: '',
      useVault: false,
      username: 'report_reader',
      password: 'S3cret!',
    });
    expect(toDatabaseLoginRequest({ ...bothModes, useVault: true })).toEqual({
      name: 'Warehouse',
      description: '',
      useVault: true,
      vaultType: 'awsSecretsManager',
      vaultConnection: { id: finance.id },
      secretName: seedArn,
    });
  });

  it('a new standard login needs its password; a new vault login has none', async () => {
    const schema = databaseLoginFormSchema([finance]);
    expect(await parse(schema, { ...bothModes, password: '' })).toEqual({ issues: ['password: Enter the Password.'] });
    expect(await parse(schema, { ...bothModes, useVault: true, password: '' })).toMatchObject({ data: { useVault: true } });
  });
});

describe('editing: the write-only password', () => {
  it('starts with an empty Password, whatever is stored', () => {
    expect(formValuesOf(standard)).toMatchObject({ useVault: false, username: 'svc_strategy', password: '' });
    expect(formValuesOf(vault)).toMatchObject({ useVault: true, secretName: seedArn, password: '', username: '' });
  });

  it('an empty Password keeps the stored one: no password is sent, and nothing else changed', async () => {
    const request = await accepted(editDatabaseLoginFormSchema([finance], standard), formValuesOf(standard));
    expect(request).not.toHaveProperty('password');
    expect(changedOperations(standard, request)).toEqual([]);
  });

  it('a typed Password replaces it: only that is sent', async () => {
    const request = await accepted(editDatabaseLoginFormSchema([finance], standard), { ...formValuesOf(standard), password: 'N3w-one' });
    expect(changedOperations(standard, request)).toEqual([{ op: 'replace', path: '/password', value: 'N3w-one' }]);
  });

  it('turning a vault login into a standard one requires a password (none is stored)', async () => {
    const values = { ...formValuesOf(vault), useVault: false, username: 'warehouse_reader' };
    expect(await parse(editDatabaseLoginFormSchema([finance], vault), values)).toEqual({ issues: [`password: ${passwordNeededMessage}`] });
    const request = await accepted(editDatabaseLoginFormSchema([finance], vault), { ...values, password: 'Typed!' });
    expect(changedOperations(vault, request)).toEqual([
      { op: 'replace', path: '/useVault', value: false },
      { op: 'replace', path: '/vaultType', value: null },
      { op: 'replace', path: '/vaultConnection', value: null },
      { op: 'replace', path: '/secretName', value: null },
      { op: 'replace', path: '/username', value: 'warehouse_reader' },
      { op: 'replace', path: '/password', value: 'Typed!' },
    ]);
  });

  it('turning a standard login into a vault login sends the vault fields and clears the Login (the server drops the password)', async () => {
    const values = { ...formValuesOf(standard), useVault: true, vaultConnection: { id: finance.id }, secretName: seedArn, password: 'typed, then abandoned' };
    const request = await accepted(editDatabaseLoginFormSchema([finance], standard), values);
    const operations = changedOperations(standard, request);
    expect(operations).toEqual([
      { op: 'replace', path: '/useVault', value: true },
      { op: 'replace', path: '/username', value: null },
      { op: 'replace', path: '/vaultType', value: 'awsSecretsManager' },
      { op: 'replace', path: '/vaultConnection', value: { id: finance.id } },
      { op: 'replace', path: '/secretName', value: seedArn },
    ]);
    expect(JSON.stringify(operations)).not.toContain('abandoned');
  });
});

describe('editing: only what changed is sent', () => {
  it.each([
    ['the description', { description: 'Nightly cubes' }, [{ op: 'replace', path: '/description', value: 'Nightly cubes' }]],
    ['the name, trimmed', { name: '  Snowflake (svc)  ' }, [{ op: 'replace', path: '/name', value: 'Snowflake (svc)' }]],
    ['a cleared description', { description: '' }, [{ op: 'replace', path: '/description', value: '' }]],
    ['the login', { username: 'svc_cubes' }, [{ op: 'replace', path: '/username', value: 'svc_cubes' }]],
    ['nothing: fields of the other mode typed into do not count', { secretName: seedArn, vaultConnection: { id: finance.id } }, []],
  ])('%s', async (_case, change, expected) => {
    const request = await accepted(editDatabaseLoginFormSchema([finance], standard), { ...formValuesOf(standard), ...change });
    expect(changedOperations(standard, request)).toEqual(expected);
  });

  it('checks the secret against the chosen connection’s region on edit too', async () => {
    const otherRegion = seedArn.replace('us-west-2', 'eu-west-1');
    expect(await parse(editDatabaseLoginFormSchema([finance], vault), { ...formValuesOf(vault), secretName: otherRegion })).toEqual({
      issues: ['secretName: The secret is in eu-west-1 but this vault connection reads us-west-2.'],
    });
  });

  it('checks the secret’s account against the connection’s Remote AWS Account ID', async () => {
    const otherAccount = seedArn.replace('448049832177', '123456789012');
    expect(await parse(databaseLoginFormSchema([finance]), { ...bothModes, useVault: true, secretName: otherAccount })).toEqual({
      issues: ['secretName: The secret is in account 123456789012 but this vault connection reads account 448049832177.'],
    });
  });
});
