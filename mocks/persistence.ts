import { z } from 'zod';
import { databaseLoginSchema } from '@/api/database-logins';
import { vaultConnectionSchema } from '@/api/vault-connections';
import type { DataSet } from './data/seed';

/*
 * Keeps the dev server's edits across reloads. What is saved is the mock database's own content, which never
 * holds a password or secret access key (see MockDb), so no secret reaches browser storage.
 */
const dataSetSchema = z.object({
  vaultConnections: z.array(vaultConnectionSchema),
  logins: z.array(databaseLoginSchema),
});

export function loadDataSet(storage: Storage, key: string): DataSet | undefined {
  const saved = storage.getItem(key);
  if (saved === null) return undefined;
  try {
    const parsed = dataSetSchema.safeParse(JSON.parse(saved));
    // Saved by an older version of the contract: start again from the scenario's records.
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function saveDataSet(storage: Storage, key: string, data: DataSet): void {
  storage.setItem(key, JSON.stringify(data));
}
