import { toStrategyDate } from '@/api/common';
import type { DatabaseLogin } from '@/api/database-logins';
import type { VaultConnection } from '@/api/vault-connections';
import { newObjectId } from './ids';

/*
 * Record builders with overrides, for the seeds, the scenarios and any test that needs a record of its own.
 * They build what the server stores: read shapes, with no secret in them, only whether one is set.
 */
type Overrides<T> = T extends unknown ? Partial<T> : never;

const defaultDate = '2026-11-02T09:30:00.000+0000';

export function buildVaultConnection(overrides: Overrides<VaultConnection> = {}): VaultConnection {
  return {
    // Only when none is given: the large scenario builds thousands of records with their own IDs.
    id: overrides.id ?? newObjectId(),
    name: 'AWS secrets',
    type: 'awsSecretsManager',
    authenticationMode: 'defaultIamRole',
    region: 'us-west-2',
    dateCreated: defaultDate,
    dateModified: defaultDate,
    ...overrides,
  } as VaultConnection;
}

export function buildDatabaseLogin(overrides: Overrides<DatabaseLogin> = {}): DatabaseLogin {
  return {
    id: overrides.id ?? newObjectId(),
    name: 'Database login',
    description: '',
    useVault: false,
    username: 'strategy_reader',
    passwordSet: true,
    dateCreated: defaultDate,
    dateModified: defaultDate,
    ...overrides,
  } as DatabaseLogin;
}

export function now(): string {
  return toStrategyDate(new Date());
}
