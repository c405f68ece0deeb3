import type { DatabaseConnection } from '@/api/database-connections';
import type { DatabaseLogin } from '@/api/database-logins';
import type { Environment } from '@/api/environment';
import type { VaultConnection } from '@/api/vault-connections';
import type { DataSet } from './data/seed';
import type { ScenarioState } from './scenarios';

/**
 * The mock server's database. It holds read shapes only, so a password or secret access key that a request
 * carries is never stored anywhere, not even in memory: only whether one is set.
 */
export class MockDb {
  environment!: Environment;
  readonly vaultConnections = new Map<string, VaultConnection>();
  readonly logins = new Map<string, DatabaseLogin>();
  /** Read-only in this mock: they are here to be a login's dependents. */
  readonly databaseConnections = new Map<string, DatabaseConnection>();
  /** Called after every write; the browser mock saves the data set so edits survive a reload. */
  onChange: ((data: DataSet) => void) | undefined;

  /** Without a state the database must be loaded before it answers (the browser mock loads it while its
   * service worker starts). */
  constructor(state?: ScenarioState) {
    if (state) this.load(state);
  }

  load({ environment, data }: ScenarioState): void {
    this.environment = environment;
    this.vaultConnections.clear();
    this.logins.clear();
    for (const connection of data.vaultConnections) this.vaultConnections.set(connection.id, connection);
    for (const login of data.logins) this.logins.set(login.id, login);
    // No endpoint changes database connections, so a data set saved without them (the browser's store) keeps
    // the scenario's; a scenario always names its own (none for "empty").
    if (data.databaseConnections) {
      this.databaseConnections.clear();
      for (const connection of data.databaseConnections) this.databaseConnections.set(connection.id, connection);
    }
  }

  dataSet(): DataSet {
    return {
      vaultConnections: [...this.vaultConnections.values()],
      logins: [...this.logins.values()],
      databaseConnections: [...this.databaseConnections.values()],
    };
  }

  changed(): void {
    this.onChange?.(this.dataSet());
  }

  /** Names are unique per kind of object, compared without regard to case. */
  nameTaken(records: Map<string, { id: string; name: string }>, name: string, exceptId?: string): boolean {
    const wanted = name.toLocaleLowerCase();
    for (const record of records.values()) {
      if (record.id !== exceptId && record.name.toLocaleLowerCase() === wanted) return true;
    }
    return false;
  }

  /** The database connections that connect with a login: its dependents, which keep it from being deleted. */
  connectionsUsingLogin(loginId: string): DatabaseConnection[] {
    return [...this.databaseConnections.values()].filter((connection) => connection.database.login.id === loginId);
  }

  loginsUsingConnection(connectionId: string): DatabaseLogin[] {
    return [...this.logins.values()].filter((login) => login.useVault && login.vaultConnection.id === connectionId);
  }
}
