import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { nameMaxLength, operationListSchema, operationsBetween, toStrategyDate } from './common';
import { createDatabaseLoginRequestSchema, databaseLoginListSchema, databaseLoginSchema, updatedDatabaseLoginSchema } from './database-logins';
import { apiErrorSchema } from './errors';
import {
  createVaultConnectionRequestSchema,
  updatedVaultConnectionSchema,
  vaultConnectionListSchema,
  vaultConnectionSchema,
} from './vault-connections';

const id = 'A1F3C0DE5E4B4F2C9D7E6B5A4C3D2E1F';
const dates = { dateCreated: '2021-08-04T15:44:35.000+0000', dateModified: '2026-09-30T08:45:37.000+0000' };
const seedArn = 'arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test-5m93MF';
const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

/** Each refusal as "path: message". */
function refusals(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('vault connection schemas', () => {
  const defaultIamRole = { name: 'Finance secrets', type: 'awsSecretsManager', authenticationMode: 'defaultIamRole', region: 'us-west-2' };
  const accessKey = {
    name: 'Marketing',
    type: 'awsSecretsManager',
    authenticationMode: 'accessKey',
    region: 'us-east-1',
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey,
  };

  it.each([
    ['Default IAM Role, own account', defaultIamRole],
    ['Default IAM Role, remote account', { ...defaultIamRole, remoteAccountId: '448049832177' }],
    ['Access Key', accessKey],
  ])('accepts a new connection: %s', (_mode, request) => {
    expect(createVaultConnectionRequestSchema.parse(request)).toEqual(request);
  });

  it('trims the name', () => {
    expect(createVaultConnectionRequestSchema.parse({ ...defaultIamRole, name: '  Finance secrets \t' }).name).toBe('Finance secrets');
  });

  it('refuses a name longer than 250 characters, and a blank one', () => {
    expect(refusals(createVaultConnectionRequestSchema, { ...defaultIamRole, name: 'a'.repeat(nameMaxLength + 1) })).toEqual([
      'name: A name is at most 250 characters.',
    ]);
    expect(refusals(createVaultConnectionRequestSchema, { ...defaultIamRole, name: '   ' })).toEqual(['name: Enter a name.']);
    expect(createVaultConnectionRequestSchema.parse({ ...defaultIamRole, name: 'a'.repeat(nameMaxLength) }).name).toHaveLength(250);
  });

  it('requires the secret access key of a new access-key connection, but not of one being changed', () => {
    const { secretAccessKey: _left, ...withoutKey } = accessKey;
    expect(refusals(createVaultConnectionRequestSchema, withoutKey)).toEqual(['secretAccessKey: Enter the Secret Access Key.']);
    expect(updatedVaultConnectionSchema.safeParse(withoutKey).success).toBe(true);
  });

  it('refuses an unknown region and an unknown authentication mode', () => {
    expect(refusals(createVaultConnectionRequestSchema, { ...defaultIamRole, region: 'mars-north-1' })).toEqual([
      'region: mars-north-1 is not an AWS region.',
    ]);
    expect(createVaultConnectionRequestSchema.safeParse({ ...defaultIamRole, authenticationMode: 'password' }).success).toBe(false);
  });

  it('reads a connection without ever keeping a secret access key a server sent', () => {
    const sent = { id, name: 'Marketing', type: 'awsSecretsManager', region: 'us-east-1', authenticationMode: 'accessKey', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKeySet: true, ...dates };
    const read = vaultConnectionSchema.parse({ ...sent, secretAccessKey });
    expect(read).toEqual(sent);
    expect(read).not.toHaveProperty('secretAccessKey');
    const list = vaultConnectionListSchema.parse({ vaultConnections: [{ ...sent, secretAccessKey }] });
    expect(JSON.stringify(list)).not.toContain(secretAccessKey);
  });

  it('reads a region this client does not know (a newer server may)', () => {
    const sent = { id, name: 'New region', type: 'awsSecretsManager', region: 'xx-newplace-9', authenticationMode: 'defaultIamRole', ...dates };
    expect(vaultConnectionSchema.parse(sent)).toEqual(sent);
  });
});

describe('database login schemas', () => {
  const standard = { name: 'Finance Redshift', description: 'Warehouse reader', useVault: false, username: 'reader', password: 's3cret pass ' };
  const vault = {
    name: 'Finance Redshift (vault)',
    description: '',
    useVault: true,
    vaultType: 'awsSecretsManager',
    vaultConnection: { id },
    secretName: seedArn,
  };

  it.each([
    ['standard', standard],
    ['vault', vault],
  ])('accepts a new %s login', (_mode, request) => {
    expect(createDatabaseLoginRequestSchema.parse(request)).toEqual(request);
  });

  it('defaults the description to empty, trims name and login but keeps the password as typed', () => {
    const { description: _left, ...withoutDescription } = standard;
    expect(createDatabaseLoginRequestSchema.parse({ ...withoutDescription, name: '  Finance Redshift ', username: ' reader ' })).toEqual({
      ...standard,
      description: '',
    });
  });

  it('refuses a name longer than 250 characters', () => {
    expect(refusals(createDatabaseLoginRequestSchema, { ...standard, name: 'x'.repeat(251) })).toEqual([
      'name: A name is at most 250 characters.',
    ]);
  });

  it('names what a vault login lacks', () => {
    const { vaultConnection: _connection, ...withoutConnection } = vault;
    expect(refusals(createDatabaseLoginRequestSchema, withoutConnection)).toEqual(['vaultConnection: Choose a Vault Connection.']);
    expect(refusals(createDatabaseLoginRequestSchema, { ...vault, vaultConnection: { id: '' } })).toEqual([
      'vaultConnection.id: Choose a Vault Connection.',
    ]);
    expect(refusals(createDatabaseLoginRequestSchema, { ...vault, vaultConnection: { id: 'abc' } })).toEqual([
      'vaultConnection.id: Not a Strategy object ID.',
    ]);
    expect(refusals(createDatabaseLoginRequestSchema, { ...vault, secretName: '' })).toEqual([
      'secretName: Enter the Secret Name: the secret’s full ARN.',
    ]);
    expect(refusals(createDatabaseLoginRequestSchema, { ...vault, secretName: seedArn.replace('us-west-2', 'mars-north-1') })).toEqual([
      'secretName: mars-north-1 is not an AWS region.',
    ]);
  });

  it('requires the password of a new standard login, but not of one being changed', () => {
    const { password: _left, ...withoutPassword } = standard;
    expect(refusals(createDatabaseLoginRequestSchema, withoutPassword)).toEqual(['password: Enter the Password.']);
    expect(updatedDatabaseLoginSchema.safeParse(withoutPassword).success).toBe(true);
  });

  it('reads a login without ever keeping a password a server sent', () => {
    const sent = { id, name: 'Finance Redshift', description: '', useVault: false, username: 'reader', passwordSet: true, ...dates };
    const read = databaseLoginSchema.parse({ ...sent, password: 'leaked', acg: 255 });
    expect(read).toEqual(sent);
    expect(read).not.toHaveProperty('password');
    expect(JSON.stringify(databaseLoginListSchema.parse({ logins: [{ ...sent, password: 'leaked' }] }))).not.toContain('leaked');
  });

  it('reads a vault login with its connection’s name', () => {
    const sent = {
      id,
      name: 'Finance Redshift',
      description: '',
      useVault: true,
      vaultType: 'awsSecretsManager',
      vaultConnection: { id, name: 'Finance secrets' },
      secretName: seedArn,
      ...dates,
    };
    expect(databaseLoginSchema.parse(sent)).toEqual(sent);
  });

  it('refuses a date that is not in Strategy’s form', () => {
    const sent = { id, name: 'n', description: '', useVault: false, username: 'u', passwordSet: false, ...dates, dateCreated: '2021-08-04T15:44:35Z' };
    expect(databaseLoginSchema.safeParse(sent).success).toBe(false);
  });
});

describe('common', () => {
  it('writes dates as Strategy does', () => {
    expect(toStrategyDate(new Date(Date.UTC(2021, 7, 4, 15, 44, 35)))).toBe('2021-08-04T15:44:35.000+0000');
  });

  it('operationsBetween produces a replace operation for each changed field only', () => {
    const before = { name: 'Finance', description: 'old', useVault: true, vaultConnection: { id } };
    const after = { name: 'Finance', description: 'new', useVault: true, vaultConnection: { id: 'B2E4D1EF6F5C403DAE8F7C6B5D4E3F20' } };
    const operations = operationsBetween(before, after);
    expect(operations).toEqual([
      { op: 'replace', path: '/description', value: 'new' },
      { op: 'replace', path: '/vaultConnection', value: { id: 'B2E4D1EF6F5C403DAE8F7C6B5D4E3F20' } },
    ]);
    expect(operationListSchema.parse({ operationList: operations }).operationList).toEqual(operations);
  });

  it('operationsBetween produces nothing when nothing changed, and sets a field the record lacked', () => {
    expect(operationsBetween({ name: 'a', description: 'b' }, { name: 'a', description: 'b' })).toEqual([]);
    expect(operationsBetween<{ name: string; password?: string }>({ name: 'a' }, { name: 'a', password: 'p' })).toEqual([
      { op: 'replace', path: '/password', value: 'p' },
    ]);
  });

  it('operationListSchema accepts only replace operations on one field', () => {
    expect(refusals(operationListSchema, { operationList: [] })).toEqual(['operationList: operationList is empty.']);
    expect(refusals(operationListSchema, { operationList: [{ op: 'replace', path: '/vaultConnection/id', value: 'x' }] })).toEqual([
      'operationList.0.path: A path names one field, like /description.',
    ]);
    expect(operationListSchema.safeParse({ operationList: [{ op: 'remove', path: '/description', value: null }] }).success).toBe(false);
  });

  it('apiErrorSchema reads Strategy’s error body, with or without our field', () => {
    const strategy = { code: 'ERR004', message: 'Not found', ticketId: 'a3c4f0e2b1d94e7f8a6b5c4d3e2f1a0b' };
    expect(apiErrorSchema.parse(strategy)).toEqual(strategy);
    expect(apiErrorSchema.parse({ ...strategy, field: 'name' })).toEqual({ ...strategy, field: 'name' });
    expect(apiErrorSchema.safeParse({ message: 'no code' }).success).toBe(false);
  });
});

describe('operationsBetween, for what a cleared or reordered field sends', () => {
  it('sends null for a field the user cleared, so it survives JSON', () => {
    const operations = operationsBetween<{ remoteAccountId?: string }>({ remoteAccountId: '448049832177' }, { remoteAccountId: undefined });
    expect(JSON.parse(JSON.stringify(operations))).toEqual([{ op: 'replace', path: '/remoteAccountId', value: null }]);
  });

  it('sees no change in an object whose keys come in another order', () => {
    expect(operationsBetween({ ref: { id: 'A', name: 'B' } }, { ref: { name: 'B', id: 'A' } })).toEqual([]);
  });
});
