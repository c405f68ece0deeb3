import { describe, expect, it } from 'vitest';
import type { VaultConnection } from '../vault-connections';
import { secretConnectionMismatch } from './secret-and-connection';

const dates = { dateCreated: '2026-05-12T14:02:11.000+0000', dateModified: '2026-09-30T08:45:37.000+0000' };
const crossAccount: VaultConnection = {
  id: 'A1F3C0DE5E4B4F2C9D7E6B5A4C3D2E1F',
  name: 'Finance secrets (cross-account)',
  type: 'awsSecretsManager',
  region: 'us-west-2',
  authenticationMode: 'defaultIamRole',
  remoteAccountId: '448049832177',
  ...dates,
};
const ownAccount: VaultConnection = { ...crossAccount, id: 'C3F5E2F0707D414EBF908D7C6E5F4031', name: 'Own account', remoteAccountId: undefined };
const accessKey: VaultConnection = {
  id: 'B2E4D1EF6F5C403DAE8F7C6B5D4E3F20',
  name: 'Marketing Secrets Manager',
  type: 'awsSecretsManager',
  region: 'us-west-2',
  authenticationMode: 'accessKey',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKeySet: true,
  ...dates,
};

const seedArn = 'arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test-5m93MF';
const otherAccountArn = 'arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/db-a1B2c3';
const otherRegionArn = 'arn:aws:secretsmanager:eu-west-1:448049832177:secret:mstr-secret-test-5m93MF';

describe('secretConnectionMismatch', () => {
  it.each([
    ['the seed secret through the cross-account connection of its account', seedArn, crossAccount],
    ['any account through a connection bound to none', otherAccountArn, ownAccount],
    ['any account through an access-key connection', otherAccountArn, accessKey],
    ['an ARN that does not parse (its own message is shown elsewhere)', 'not-an-arn', crossAccount],
  ])('finds nothing wrong with %s', (_case, secretName, connection) => {
    expect(secretConnectionMismatch(secretName, connection)).toBeUndefined();
  });

  it.each([
    [crossAccount],
    [ownAccount],
    [accessKey],
  ])('refuses a secret of another region (%#)', (connection) => {
    expect(secretConnectionMismatch(otherRegionArn, connection)).toBe(
      'The secret is in eu-west-1 but this vault connection reads us-west-2.',
    );
  });

  it('refuses a secret of another account than the connection’s remote account', () => {
    expect(secretConnectionMismatch(otherAccountArn, crossAccount)).toBe(
      'The secret is in account 123456789012 but this vault connection reads account 448049832177.',
    );
  });

  it('names the region before the account when both differ', () => {
    expect(secretConnectionMismatch('arn:aws:secretsmanager:eu-west-1:123456789012:secret:x', crossAccount)).toBe(
      'The secret is in eu-west-1 but this vault connection reads us-west-2.',
    );
  });

  it('reads the ARN as typed, with spaces around it', () => {
    expect(secretConnectionMismatch(`  ${otherAccountArn} `, crossAccount)).toMatch(/account 123456789012/);
  });
});
