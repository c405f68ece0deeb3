import type { Environment } from '@/api/environment';
import type { DatabaseConnection } from '@/api/database-connections';
import type { DatabaseLogin } from '@/api/database-logins';
import type { VaultConnection } from '@/api/vault-connections';
import { buildDatabaseLogin, buildVaultConnection } from './factories';

/** Strategy's default IAM role and the secret from the seed document's policy examples. */
export const seedRoleArn = 'arn:aws:iam::490650638888:role/cluster-7et0lx2q-node-instance-iam-role';
export const seedSecretArn = 'arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test-5m93MF';

export const mceEnvironment: Environment = {
  name: 'MCE Production (us-west-2)',
  managedCloudEnterprise: true,
  defaultIamRoleArn: seedRoleArn,
};

export const onPremisesEnvironment: Environment = {
  name: 'On-premises Production',
  managedCloudEnterprise: false,
  defaultIamRoleArn: null,
};

export interface DataSet {
  vaultConnections: VaultConnection[];
  logins: DatabaseLogin[];
  /** Read-only in the mock; a data set saved before they existed has none (MockDb keeps the scenario's). */
  databaseConnections?: DatabaseConnection[];
}

/** The records every default session starts from; fixed IDs keep links and tests stable. */
export function defaultDataSet(): DataSet {
  const finance = buildVaultConnection({
    id: 'A1F3C0DE5E4B4F2C9D7E6B5A4C3D2E1F',
    name: 'Finance secrets (cross-account)',
    authenticationMode: 'defaultIamRole',
    region: 'us-west-2',
    remoteAccountId: '448049832177',
    dateCreated: '2026-05-12T14:02:11.000+0000',
    dateModified: '2026-09-30T08:45:37.000+0000',
  });
  const marketing = buildVaultConnection({
    id: 'B2E4D1EF6F5C403DAE8F7C6B5D4E3F20',
    name: 'Marketing Secrets Manager',
    authenticationMode: 'accessKey',
    region: 'us-east-1',
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKeySet: true,
    dateCreated: '2025-11-03T10:15:00.000+0000',
    dateModified: '2026-02-17T16:20:05.000+0000',
  });
  const europe = buildVaultConnection({
    id: 'C3F5E2F0707D414EBF908D7C6E5F4031',
    name: 'EU analytics vault',
    authenticationMode: 'defaultIamRole',
    region: 'eu-west-1',
    dateCreated: '2026-06-01T07:00:00.000+0000',
    dateModified: '2026-06-01T07:00:00.000+0000',
  });
  const financeRedshift = buildDatabaseLogin({
    id: 'D4A6F3A1818E425FC0A19E8D7F605142',
    name: 'Finance Redshift',
    description: 'Warehouse reader; AWS rotates the password',
    useVault: true,
    vaultType: 'awsSecretsManager',
    vaultConnection: { id: finance.id, name: finance.name },
    secretName: seedSecretArn,
    dateCreated: '2026-05-12T14:30:00.000+0000',
    dateModified: '2026-10-01T09:12:44.000+0000',
  });
  const snowflake = buildDatabaseLogin({
    id: 'F6C8B5C3A3A04471E2C3B0AF91827364',
    name: 'Snowflake service account',
    description: 'Used by the nightly cube refresh',
    username: 'svc_strategy',
    passwordSet: true,
    dateCreated: '2024-08-04T15:44:35.000+0000',
    dateModified: '2026-01-20T13:05:19.000+0000',
  });
  return {
    vaultConnections: [finance, marketing, europe],
    logins: [
      financeRedshift,
      buildDatabaseLogin({
        id: 'E5B7A4B2929F4360D1B2AF9E80716253',
        name: 'Marketing Postgres',
        description: 'Campaign database',
        useVault: true,
        vaultType: 'awsSecretsManager',
        vaultConnection: { id: marketing.id, name: marketing.name },
        secretName: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/marketing/postgres-a1B2c3',
        dateCreated: '2025-11-03T10:40:00.000+0000',
        dateModified: '2026-03-08T11:00:00.000+0000',
      }),
      snowflake,
      buildDatabaseLogin({
        id: '07D9C6D4B4B14582F3D4C1B0A2938475',
        name: 'Legacy Oracle (reports)',
        description: '',
        username: 'RPT_READER',
        passwordSet: true,
        dateCreated: '2021-08-04T15:44:35.000+0000',
        dateModified: '2021-08-04T15:44:35.000+0000',
      }),
    ],
    // Finance Redshift and the Snowflake service account are in use; Marketing Postgres and Legacy Oracle
    // (reports) are not, so they can be deleted.
    databaseConnections: [
      {
        id: '18EAD7E5C5C24693A4E5D2C1B3A49586',
        name: 'Finance Redshift warehouse',
        description: 'Finance reporting warehouse (production)',
        database: { type: 'redshift', login: { id: financeRedshift.id, name: financeRedshift.name } },
        dateCreated: '2026-05-12T15:02:00.000+0000',
        dateModified: '2026-10-01T09:20:00.000+0000',
      },
      {
        id: '29FBE8F6D6D347A4B5F6E3D2C4B5A697',
        name: 'Finance Redshift – ad hoc analysis',
        description: 'Analysts’ sandbox on the finance warehouse',
        database: { type: 'redshift', login: { id: financeRedshift.id, name: financeRedshift.name } },
        dateCreated: '2026-07-03T11:45:10.000+0000',
        dateModified: '2026-07-03T11:45:10.000+0000',
      },
      {
        id: '3A0CF907E7E458B5C607F4E3D5C6B7A8',
        name: 'Snowflake – nightly cubes',
        description: 'Cube refresh schedule, 02:00 UTC',
        database: { type: 'snow_flake', login: { id: snowflake.id, name: snowflake.name } },
        dateCreated: '2024-08-04T16:10:00.000+0000',
        dateModified: '2026-01-20T13:10:42.000+0000',
      },
    ],
  };
}
