import { describe, expect, it } from 'vitest';
import { ApiError, apiRequest } from '@/api/client';
import { apiPaths } from '@/api/paths';
import { vaultConnectionListSchema, vaultConnectionSchema } from '@/api/vault-connections';
import { resetMockBackend } from '../node';

const accessKeyConnection = {
  name: 'Sales vault',
  type: 'awsSecretsManager',
  authenticationMode: 'accessKey',
  region: 'eu-central-1',
  accessKeyId: 'AKIAABCDEFGHIJKLMNOP',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('vault connections API (mock server)', () => {
  it('lists the seeded connections, among them the seed document’s cross-account one', async () => {
    const { vaultConnections } = await apiRequest(apiPaths.vaultConnections, { schema: vaultConnectionListSchema });
    expect(vaultConnections.map((connection) => connection.name)).toContain('Finance secrets (cross-account)');
  });

  it('creates a connection with 201 and never returns its secret access key', async () => {
    const response = await fetch(apiPaths.vaultConnections, { method: 'POST', body: JSON.stringify(accessKeyConnection) });
    expect(response.status).toBe(201);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const text = await response.text();
    expect(text).not.toContain(accessKeyConnection.secretAccessKey);
    expect(vaultConnectionSchema.parse(JSON.parse(text))).toMatchObject({ secretAccessKeySet: true, region: 'eu-central-1' });
    const list = await (await fetch(apiPaths.vaultConnections)).text();
    expect(list).not.toContain(accessKeyConnection.secretAccessKey);
  });

  it('refuses a name already taken, whatever its case, with 409 ERR0015 on the name field', async () => {
    const error = await refusal(
      apiRequest(apiPaths.vaultConnections, { method: 'POST', body: { ...accessKeyConnection, name: 'FINANCE SECRETS (CROSS-ACCOUNT)' } }),
    );
    expect(error).toMatchObject({ status: 409, code: 'ERR0015', field: 'name' });
    expect(error.ticketId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses a bad region with 400 ERR006 naming the field', async () => {
    const error = await refusal(
      apiRequest(apiPaths.vaultConnections, { method: 'POST', body: { ...accessKeyConnection, region: 'mars-north-1' } }),
    );
    expect(error).toMatchObject({ status: 400, code: 'ERR006', field: 'region' });
    expect(error.message).toContain('mars-north-1 is not an AWS region.');
  });

  it('refuses a missing field with ERR007', async () => {
    const { accessKeyId: _omitted, ...withoutKeyId } = accessKeyConnection;
    const error = await refusal(apiRequest(apiPaths.vaultConnections, { method: 'POST', body: withoutKeyId }));
    expect(error).toMatchObject({ status: 400, code: 'ERR007', field: 'accessKeyId' });
  });

  it('refuses the Default IAM Role outside Managed Cloud Enterprise', async () => {
    resetMockBackend('non-mce');
    const error = await refusal(
      apiRequest(apiPaths.vaultConnections, {
        method: 'POST',
        body: { name: 'X', type: 'awsSecretsManager', authenticationMode: 'defaultIamRole', region: 'us-west-2' },
      }),
    );
    expect(error).toMatchObject({ status: 400, field: 'authenticationMode' });
  });

  it('applies a PATCH operationList and keeps the stored key when none is sent', async () => {
    const marketing = 'B2E4D1EF6F5C403DAE8F7C6B5D4E3F20';
    const updated = await apiRequest(apiPaths.vaultConnection(marketing), {
      method: 'PATCH',
      body: { operationList: [{ op: 'replace', path: '/region', value: 'us-east-2' }] },
      schema: vaultConnectionSchema,
    });
    expect(updated).toMatchObject({ region: 'us-east-2', secretAccessKeySet: true });
  });

  it('answers 404 ERR004 for an unknown id and refuses to delete a connection in use', async () => {
    expect(await refusal(apiRequest(apiPaths.vaultConnection('0'.repeat(32))))).toMatchObject({ status: 404, code: 'ERR004' });
    const inUse = await refusal(apiRequest(apiPaths.vaultConnection('A1F3C0DE5E4B4F2C9D7E6B5A4C3D2E1F'), { method: 'DELETE' }));
    expect(inUse.status).toBe(409);
    expect(inUse.message).toContain('Finance Redshift');
  });

  it('deletes an unused connection with 204', async () => {
    const europe = 'C3F5E2F0707D414EBF908D7C6E5F4031';
    await apiRequest(apiPaths.vaultConnection(europe), { method: 'DELETE' });
    expect(await refusal(apiRequest(apiPaths.vaultConnection(europe)))).toMatchObject({ status: 404 });
  });

  describe('PATCH', () => {
    const marketing = 'B2E4D1EF6F5C403DAE8F7C6B5D4E3F20';
    const europe = 'C3F5E2F0707D414EBF908D7C6E5F4031';
    const patch = (id: string, operationList: unknown[], ifMatch?: string) =>
      apiRequest(apiPaths.vaultConnection(id), { method: 'PATCH', body: { operationList }, schema: vaultConnectionSchema, ifMatch });
    const replace = (path: string, value: unknown) => ({ op: 'replace', path, value });

    it('renames to its own name in another case, and refuses another connection’s name', async () => {
      expect(await patch(europe, [replace('/name', 'EU ANALYTICS VAULT')])).toMatchObject({ name: 'EU ANALYTICS VAULT' });
      const taken = await refusal(patch(europe, [replace('/name', 'marketing secrets MANAGER')]));
      expect(taken).toMatchObject({ status: 409, code: 'ERR0015', field: 'name' });
    });

    it('refuses a change based on an older version with 412, and takes one based on the current version', async () => {
      const stale = await refusal(patch(marketing, [replace('/region', 'us-east-2')], '2020-01-01T00:00:00.000+0000'));
      expect(stale.status).toBe(412);
      expect(stale.message).toContain('was changed by someone else');
      const current = await apiRequest(apiPaths.vaultConnection(marketing), { schema: vaultConnectionSchema });
      expect(await patch(marketing, [replace('/region', 'us-east-2')], current.dateModified)).toMatchObject({ region: 'us-east-2' });
    });

    it('needs a secret access key to switch a Default IAM Role connection to Access Key', async () => {
      const toAccessKey = [replace('/authenticationMode', 'accessKey'), replace('/accessKeyId', 'AKIAIOSFODNN7EXAMPLE')];
      expect(await refusal(patch(europe, toAccessKey))).toMatchObject({ status: 400, code: 'ERR007', field: 'secretAccessKey' });
      const switched = await patch(europe, [...toAccessKey, replace('/secretAccessKey', accessKeyConnection.secretAccessKey)]);
      expect(switched).toMatchObject({ authenticationMode: 'accessKey', secretAccessKeySet: true });
      expect(JSON.stringify(switched)).not.toContain(accessKeyConnection.secretAccessKey);
    });

    it('refuses what a create would refuse, and fields that cannot be changed', async () => {
      expect(await refusal(patch(marketing, [replace('/region', 'mars-north-1')]))).toMatchObject({ status: 400, field: 'region' });
      expect(await refusal(patch(marketing, [replace('/accessKeyId', 'akiaiosfodnn7example')]))).toMatchObject({ status: 400, field: 'accessKeyId' });
      expect(await refusal(patch(marketing, [replace('/dateCreated', '2020-01-01T00:00:00.000+0000')]))).toMatchObject({ status: 400, field: 'dateCreated' });
      expect(await refusal(patch(marketing, []))).toMatchObject({ status: 400 });
    });

    it('answers 404 for a connection deleted meanwhile', async () => {
      await apiRequest(apiPaths.vaultConnection(europe), { method: 'DELETE' });
      expect(await refusal(patch(europe, [replace('/name', 'Again')]))).toMatchObject({ status: 404, code: 'ERR004' });
      expect(await refusal(apiRequest(apiPaths.vaultConnection(europe), { method: 'DELETE' }))).toMatchObject({ status: 404 });
    });
  });
});
