import { describe, expect, it } from 'vitest';
import { operationsBetween } from '@/api/common';
import { authenticationModeLabels, vaultTypeLabels } from '@/api/vault-connections';
import { buildVaultConnection } from '../../../mocks/data/factories';
import {
  editVaultConnectionFormSchema,
  emptyVaultConnectionForm,
  fieldSets,
  fieldsFor,
  formFieldOf,
  toVaultConnectionRequest,
  vaultConnectionFormSchema,
  vaultConnectionFormValues,
  writableVaultConnection,
  type VaultConnectionFormValues,
} from './vault-connection-form';

const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const defaultIamRoleConnection = buildVaultConnection({
  name: 'Finance secrets',
  authenticationMode: 'defaultIamRole',
  region: 'us-west-2',
  remoteAccountId: '448049832177',
});
const accessKeyConnection = buildVaultConnection({
  name: 'Marketing',
  authenticationMode: 'accessKey',
  region: 'us-east-1',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKeySet: true,
});

function form(overrides: Partial<VaultConnectionFormValues>): VaultConnectionFormValues {
  return { ...emptyVaultConnectionForm('defaultIamRole'), name: 'Vault', region: 'us-west-2', ...overrides };
}

/** What the dialog shows on each field after Save, as field → message. */
function fieldMessages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('field sets', () => {
  it('has one field set per type and authentication mode, for exactly the types and modes the contract knows', () => {
    expect(Object.keys(fieldSets)).toEqual(Object.keys(vaultTypeLabels));
    for (const modes of Object.values(fieldSets)) expect(Object.keys(modes).sort()).toEqual(Object.keys(authenticationModeLabels).sort());
  });

  it.each([
    ['defaultIamRole', ['region', 'remoteAccountId']],
    ['accessKey', ['region', 'accessKeyId', 'secretAccessKey']],
  ] as const)('AWS Secrets Manager, %s: %j', (mode, fields) => {
    expect(fieldsFor('awsSecretsManager', mode)).toEqual(fields);
  });

  it('sends only the active mode’s fields, whatever was typed in the other mode', () => {
    const typed = form({ remoteAccountId: '448049832177', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey });
    expect(toVaultConnectionRequest(typed, { keepStoredSecretAccessKey: false })).toEqual({
      name: 'Vault',
      type: 'awsSecretsManager',
      authenticationMode: 'defaultIamRole',
      region: 'us-west-2',
      remoteAccountId: '448049832177',
    });
    expect(toVaultConnectionRequest({ ...typed, authenticationMode: 'accessKey' }, { keepStoredSecretAccessKey: false })).toEqual({
      name: 'Vault',
      type: 'awsSecretsManager',
      authenticationMode: 'accessKey',
      region: 'us-west-2',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey,
    });
  });

  it('leaves out an empty Remote AWS Account ID', () => {
    expect(toVaultConnectionRequest(form({ remoteAccountId: '  ' }), { keepStoredSecretAccessKey: false })).not.toHaveProperty('remoteAccountId');
  });

  it('maps the server’s field names to the form’s, and nothing else', () => {
    expect(formFieldOf('name')).toBe('name');
    expect(formFieldOf('secretAccessKey')).toBe('secretAccessKey');
    expect(formFieldOf('dateCreated')).toBeUndefined();
  });
});

describe('the Add form’s checks', () => {
  it.each([
    ['an empty name', { name: '' }, { name: 'Enter a name.' }],
    ['a name of spaces', { name: '   ' }, { name: 'Enter a name.' }],
    ['a name of 251 characters', { name: 'n'.repeat(251) }, { name: 'A name is at most 250 characters.' }],
    ['an empty region', { region: '' }, { region: 'Enter the AWS region.' }],
    ['an upper-case region', { region: 'US-WEST-2' }, { region: 'Type a region code such as us-west-2.' }],
    ['a region that does not exist', { region: 'mars-north-1' }, { region: 'mars-north-1 is not an AWS region.' }],
    ['an 11-digit account', { remoteAccountId: '44804983217' }, { remoteAccountId: 'An AWS account ID is 12 digits.' }],
    ['an account of letters', { remoteAccountId: 'abcdefghijkl' }, { remoteAccountId: 'An AWS account ID is 12 digits.' }],
  ])('Default IAM Role: refuses %s', (_what, values, messages) => {
    expect(fieldMessages(vaultConnectionFormSchema.safeParse(form(values)))).toEqual(messages);
  });

  const accessKey = { authenticationMode: 'accessKey', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey } as const;
  it.each([
    ['a key ID with the wrong prefix', { accessKeyId: 'BKIAIOSFODNN7EXAMPLE' }, { accessKeyId: 'An Access Key ID starts with AKIA (or ASIA for temporary keys).' }],
    ['a key ID of 19 characters', { accessKeyId: 'AKIAIOSFODNN7EXAMPL' }, { accessKeyId: 'An Access Key ID is 20 upper-case letters and digits.' }],
    ['a lower-case key ID', { accessKeyId: 'akiaiosfodnn7example' }, { accessKeyId: 'An Access Key ID starts with AKIA (or ASIA for temporary keys).' }],
    ['no secret key', { secretAccessKey: '' }, { secretAccessKey: 'Enter the Secret Access Key.' }],
    ['a secret key of 39 characters', { secretAccessKey: secretAccessKey.slice(1) }, { secretAccessKey: 'A Secret Access Key is 40 letters, digits, / and +.' }],
  ])('Access Key: refuses %s', (_what, values, messages) => {
    expect(fieldMessages(vaultConnectionFormSchema.safeParse(form({ ...accessKey, ...values })))).toEqual(messages);
  });

  it('trims the name, the region and the key ID, and accepts a region with a trailing space', () => {
    expect(vaultConnectionFormSchema.parse(form({ ...accessKey, name: '  Vault ', region: 'us-west-2 ', accessKeyId: ' AKIAIOSFODNN7EXAMPLE' }))).toEqual({
      name: 'Vault',
      type: 'awsSecretsManager',
      authenticationMode: 'accessKey',
      region: 'us-west-2',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey,
    });
  });

  it('keeps markup in a name as the text it is', () => {
    expect(vaultConnectionFormSchema.parse(form({ name: '<img src=x onerror=alert(1)>' })).name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('the Edit form', () => {
  it('starts from the stored connection, with the secret key empty', () => {
    expect(vaultConnectionFormValues(accessKeyConnection)).toEqual({
      name: 'Marketing',
      type: 'awsSecretsManager',
      authenticationMode: 'accessKey',
      region: 'us-east-1',
      remoteAccountId: '',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: '',
    });
    expect(vaultConnectionFormValues(defaultIamRoleConnection)).toMatchObject({ remoteAccountId: '448049832177', accessKeyId: '' });
  });

  it('keeps a stored key when the field stays empty, and checks a key that is typed', () => {
    const schema = editVaultConnectionFormSchema(accessKeyConnection);
    const values = vaultConnectionFormValues(accessKeyConnection);
    expect(schema.parse(values)).not.toHaveProperty('secretAccessKey');
    expect(schema.parse({ ...values, secretAccessKey })).toHaveProperty('secretAccessKey', secretAccessKey);
    expect(fieldMessages(schema.safeParse({ ...values, secretAccessKey: 'short' }))).toEqual({
      secretAccessKey: 'A Secret Access Key is 40 letters, digits, / and +.',
    });
    expect(fieldMessages(schema.safeParse({ ...values, secretAccessKey: '   ' }))).toEqual({
      secretAccessKey: 'A Secret Access Key is 40 letters, digits, / and +.',
    });
  });

  it('needs a key to turn a Default IAM Role connection into an Access Key one', () => {
    const schema = editVaultConnectionFormSchema(defaultIamRoleConnection);
    const switched = { ...vaultConnectionFormValues(defaultIamRoleConnection), authenticationMode: 'accessKey', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' } as const;
    expect(fieldMessages(schema.safeParse(switched))).toEqual({ secretAccessKey: 'Enter the Secret Access Key.' });
    expect(schema.safeParse({ ...switched, secretAccessKey }).success).toBe(true);
  });

  it('finds no change in an untouched form, and one operation per changed field', () => {
    const schema = editVaultConnectionFormSchema(accessKeyConnection);
    const values = vaultConnectionFormValues(accessKeyConnection);
    expect(operationsBetween(writableVaultConnection(accessKeyConnection), schema.parse(values))).toEqual([]);
    expect(operationsBetween(writableVaultConnection(accessKeyConnection), schema.parse({ ...values, name: ' Marketing ' }))).toEqual([]);
    expect(operationsBetween(writableVaultConnection(accessKeyConnection), schema.parse({ ...values, region: 'eu-west-1', secretAccessKey }))).toEqual([
      { op: 'replace', path: '/region', value: 'eu-west-1' },
      { op: 'replace', path: '/secretAccessKey', value: secretAccessKey },
    ]);
  });

  it('clears the other mode’s fields when the mode changes', () => {
    const schema = editVaultConnectionFormSchema(accessKeyConnection);
    const switched = { ...vaultConnectionFormValues(accessKeyConnection), authenticationMode: 'defaultIamRole' } as const;
    expect(operationsBetween(writableVaultConnection(accessKeyConnection), schema.parse(switched))).toEqual([
      { op: 'replace', path: '/authenticationMode', value: 'defaultIamRole' },
      { op: 'replace', path: '/accessKeyId', value: null },
    ]);
  });
});
