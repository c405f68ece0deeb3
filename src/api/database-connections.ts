import { z } from 'zod';
import { idSchema, strategyDateSchema } from './common';

/*
 * Database connections, as Strategy's GET /api/datasources/connections answers them, kept to what this console
 * reads: a connection names the database login it connects with (database.login.{id,name}), which makes it a
 * dependent of that login. Read-only here: the console lists them to show a login's dependents.
 */
export const databaseConnectionSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string().optional(),
  database: z.object({
    /** Strategy's database type, e.g. "redshift" or "snow_flake". */
    type: z.string().optional(),
    login: z.object({ id: idSchema, name: z.string() }),
  }),
  dateCreated: strategyDateSchema,
  dateModified: strategyDateSchema,
});
export type DatabaseConnection = z.infer<typeof databaseConnectionSchema>;

export const databaseConnectionListSchema = z.object({ connections: z.array(databaseConnectionSchema) });
