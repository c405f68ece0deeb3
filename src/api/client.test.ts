import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mockServer } from '../../mocks/node';
import { ApiError, ContractError, NetworkError, apiRequest } from './client';

const path = '/api/probe';

describe('apiRequest', () => {
  it('returns the parsed body when the answer matches the schema', async () => {
    mockServer.use(http.get(path, () => HttpResponse.json({ value: 7, extra: 'dropped' })));
    expect(await apiRequest(path, { schema: z.object({ value: z.number() }) })).toEqual({ value: 7 });
  });

  it('turns a Strategy error body into an ApiError with its code and ticket', async () => {
    mockServer.use(
      http.get(path, () => HttpResponse.json({ code: 'ERR004', message: 'Not found.', ticketId: 'abc' }, { status: 404 })),
    );
    await expect(apiRequest(path)).rejects.toMatchObject({ name: 'ApiError', status: 404, code: 'ERR004', ticketId: 'abc', message: 'Not found.' });
  });

  it('still gives an ApiError when a failing server sends no Strategy body', async () => {
    mockServer.use(http.get(path, () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })));
    const error: unknown = await apiRequest(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, message: 'The server answered 502.' });
  });

  it('says clearly when the server’s answer is not the contract’s shape', async () => {
    mockServer.use(http.get(path, () => HttpResponse.json({ value: 'seven' })));
    const error: unknown = await apiRequest(path, { schema: z.object({ value: z.number() }) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as Error).message).toContain('value');
  });

  it('reports an unreachable server as a NetworkError', async () => {
    mockServer.use(http.get(path, () => HttpResponse.error()));
    await expect(apiRequest(path)).rejects.toBeInstanceOf(NetworkError);
  });
});
