import { describe, expect, it } from 'vitest';
import { apiRequest } from '@/api/client';
import { databaseConnectionListSchema } from '@/api/database-connections';
import { databaseLoginSchema } from '@/api/database-logins';
import { apiPaths } from '@/api/paths';
import { resetMockBackend } from '../node';

const financeRedshift = 'D4A6F3A1818E425FC0A19E8D7F605142';

const list = async () => (await apiRequest(apiPaths.databaseConnections, { schema: databaseConnectionListSchema })).connections;

describe('database connections API (mock server)', () => {
  it('lists the seeded connections, each naming the login it uses, as Strategy’s {"connections": [...]}', async () => {
    const response = await fetch(apiPaths.databaseConnections);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(Object.keys((await response.json()) as object)).toEqual(['connections']);
    const connections = await list();
    expect(connections.map((connection) => [connection.name, connection.database.login.name])).toEqual([
      ['Finance Redshift warehouse', 'Finance Redshift'],
      ['Finance Redshift – ad hoc analysis', 'Finance Redshift'],
      ['Snowflake – nightly cubes', 'Snowflake service account'],
    ]);
  });

  it('names a login as it is called now, after a rename', async () => {
    await apiRequest(apiPaths.login(financeRedshift), {
      method: 'PATCH',
      body: { operationList: [{ op: 'replace', path: '/name', value: 'Finance Redshift (reader)' }] },
      schema: databaseLoginSchema,
    });
    const names = (await list()).filter((connection) => connection.database.login.id === financeRedshift).map((connection) => connection.database.login.name);
    expect(names).toEqual(['Finance Redshift (reader)', 'Finance Redshift (reader)']);
  });

  it('has none in the empty scenario, and some in the large one, each naming a login that exists', async () => {
    resetMockBackend('empty');
    expect(await list()).toEqual([]);
    resetMockBackend('large');
    const connections = await list();
    expect(connections.length).toBeGreaterThan(100);
    const { logins } = await (await fetch(apiPaths.logins)).json() as { logins: { id: string; name: string }[] };
    const loginNames = new Map(logins.map((login) => [login.id, login.name]));
    for (const connection of connections) expect(loginNames.get(connection.database.login.id)).toBe(connection.database.login.name);
  });
});
