import { describe, expect, it } from 'vitest';
import { buildVaultConnection } from '../../../mocks/data/factories';
import { secretConnectionMismatch } from './secret-and-connection';

const crossAccount = buildVaultConnection({ authenticationMode: 'defaultIamRole', region: 'us-west-2', remoteAccountId: '448049832177' });
const ownAccount = buildVaultConnection({ authenticationMode: 'defaultIamRole', region: 'us-west-2' });
const accessKey = buildVaultConnection({
  authenticationMode: 'accessKey',
  region: 'us-west-2',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKeySet: true,
});

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
