import { describe, expect, it } from 'vitest';
import { ApiError, apiRequest } from '@/api/client';
import { databaseLoginListSchema, databaseLoginSchema } from '@/api/database-logins';
import { apiPaths } from '@/api/paths';
import { mockDb } from '../node';

const financeRedshift = 'D4A6F3A1818E425FC0A19E8D7F605142';
const marketingPostgres = 'E5B7A4B2929F4360D1B2AF9E80716253';
const snowflake = 'F6C8B5C3A3A04471E2C3B0AF91827364';
const legacyOracle = '07D9C6D4B4B14582F3D4C1B0A2938475';
const europeVault = 'C3F5E2F0707D414EBF908D7C6E5F4031';
const password = 'Tr0ub4dor&3-correct-horse';

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

/** The raw text of an answer: what any client, not only this one, would read. */
async function send(path: string, method: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, text: await response.text(), cacheControl: response.headers.get('Cache-Control') };
}

const patch = (id: string, operations: { path: string; value: unknown }[]) =>
  send(apiPaths.login(id), 'PATCH', { operationList: operations.map((operation) => ({ op: 'replace', ...operation })) });

describe('database logins API (mock server): write-only passwords', () => {
  it('never answers with the password: not on create, in the list, the login, nor on change', async () => {
    const created = await send(apiPaths.logins, 'POST', { name: 'Reporting replica', useVault: false, username: 'report_reader', password });
    expect(created.status).toBe(201);
    expect(created.cacheControl).toBe('no-store');
    const { id } = databaseLoginSchema.parse(JSON.parse(created.text));
    expect(JSON.parse(created.text)).toMatchObject({ passwordSet: true });

    const changed = await patch(id, [{ path: '/password', value: `${password}-2` }]);
    expect(changed.status).toBe(200);
    const answers = [created, changed, await send(apiPaths.logins, 'GET'), await send(apiPaths.login(id), 'GET')];
    for (const answer of answers) {
      expect(answer.text).not.toContain(password);
      expect(answer.text).not.toMatch(/"password"/);
    }
    // Nor in what the mock keeps (and the browser persists).
    expect(JSON.stringify(mockDb.dataSet())).not.toContain(password);
  });

  it('does not echo a refused password back in its error either', async () => {
    const tooLong = `${password}${'x'.repeat(1100)}`;
    const refused = await send(apiPaths.logins, 'POST', { name: 'Too long', useVault: false, username: 'u', password: tooLong });
    expect(refused.status).toBe(400);
    expect(refused.text).not.toContain(password);
    expect(JSON.parse(refused.text)).toMatchObject({ code: 'ERR006', field: 'password' });
  });

  it('keeps the stored password when a change sends none', async () => {
    const { status, text } = await patch(snowflake, [{ path: '/description', value: 'Nightly cubes, 02:00 UTC' }]);
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ description: 'Nightly cubes, 02:00 UTC', passwordSet: true, username: 'svc_strategy' });
  });

  it('drops the stored password when a standard login becomes a vault login', async () => {
    const { status, text } = await patch(legacyOracle, [
      { path: '/useVault', value: true },
      { path: '/vaultType', value: 'awsSecretsManager' },
      { path: '/vaultConnection', value: { id: europeVault } },
      { path: '/secretName', value: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:reports/oracle-Xy12Zz' },
      { path: '/username', value: null },
    ]);
    expect(status).toBe(200);
    const login = JSON.parse(text) as Record<string, unknown>;
    expect(login).toMatchObject({ useVault: true, vaultConnection: { id: europeVault, name: 'EU analytics vault' } });
    expect(login).not.toHaveProperty('passwordSet');
    expect(login).not.toHaveProperty('username');
    expect(mockDb.logins.get(legacyOracle)).not.toHaveProperty('passwordSet');
  });

  it('refuses to make a vault login standard without a password (ERR007), and accepts it with one', async () => {
    const toStandard = [
      { path: '/useVault', value: false },
      { path: '/username', value: 'mkt_reader' },
      { path: '/vaultType', value: null },
      { path: '/vaultConnection', value: null },
      { path: '/secretName', value: null },
    ];
    const refused = await patch(marketingPostgres, toStandard);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text)).toMatchObject({ code: 'ERR007', field: 'password' });

    const accepted = await patch(marketingPostgres, [...toStandard, { path: '/password', value: password }]);
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.text)).toMatchObject({ useVault: false, username: 'mkt_reader', passwordSet: true });
    expect(accepted.text).not.toContain(password);
  });

  it('refuses a change based on an older version with 412 (If-Match), and applies one based on the latest', async () => {
    const current = await apiRequest(apiPaths.login(snowflake), { schema: databaseLoginSchema });
    const body = { operationList: [{ op: 'replace', path: '/description', value: 'Mine' }] };
    const stale = await refusal(apiRequest(apiPaths.login(snowflake), { method: 'PATCH', body, ifMatch: '2020-01-01T00:00:00.000+0000' }));
    expect(stale.status).toBe(412);
    expect(stale.message).toContain('Snowflake service account');
    expect(mockDb.logins.get(snowflake)?.description).toBe('Used by the nightly cube refresh');
    const saved = await apiRequest(apiPaths.login(snowflake), { method: 'PATCH', body, ifMatch: current.dateModified, schema: databaseLoginSchema });
    expect(saved.description).toBe('Mine');
  });
});

describe('database logins API (mock server): delete and dependents', () => {
  it('refuses to delete a login that database connections use, naming them (409)', async () => {
    const error = await refusal(apiRequest(apiPaths.login(financeRedshift), { method: 'DELETE' }));
    expect(error.status).toBe(409);
    expect(error.message).toBe(
      '“Finance Redshift” cannot be deleted: database connections use it (Finance Redshift warehouse, Finance Redshift – ad hoc analysis).',
    );
    expect(mockDb.logins.has(financeRedshift)).toBe(true);
  });

  it('deletes an unused login with 204, then answers 404 for it', async () => {
    const deleted = await send(apiPaths.login(legacyOracle), 'DELETE');
    expect(deleted.status).toBe(204);
    const { logins } = await apiRequest(apiPaths.logins, { schema: databaseLoginListSchema });
    expect(logins.map((login) => login.name)).not.toContain('Legacy Oracle (reports)');
    const again = await refusal(apiRequest(apiPaths.login(legacyOracle), { method: 'DELETE' }));
    expect(again).toMatchObject({ status: 404, code: 'ERR004' });
  });
});
