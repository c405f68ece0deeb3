import type { MockDb } from './db';
import { databaseConnectionHandlers } from './handlers/database-connections';
import { databaseLoginHandlers } from './handlers/database-logins';
import { environmentHandlers } from './handlers/environment';
import { faultHandlers } from './handlers/faults';
import { vaultConnectionHandlers } from './handlers/vault-connections';
import type { MockSettings } from './scenarios';

/** Every handler of the mock server, the same for the browser worker, Vitest and Playwright. */
export function createHandlers(db: MockDb, settings: MockSettings) {
  return [
    ...faultHandlers(settings),
    ...environmentHandlers(db),
    ...vaultConnectionHandlers(db),
    ...databaseLoginHandlers(db),
    ...databaseConnectionHandlers(db),
  ];
}
