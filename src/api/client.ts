import type { z } from 'zod';
import { apiErrorSchema, type ApiErrorBody } from './errors';

/** The server refused a request: it carries Strategy's error body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly ticketId: string | undefined;
  readonly field: string | undefined;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.ticketId = body.ticketId;
    this.field = body.field;
  }
}

/** The record changed on the server since it was loaded: the answer to a stale If-Match. */
export function isStaleVersion(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 412;
}

/** The server could not be reached at all. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server cannot be reached. Check your connection and try again.', { cause });
    this.name = 'NetworkError';
  }
}

/** The server answered, but not in the shape the contract describes. */
export class ContractError extends Error {
  constructor(path: string, detail: string) {
    super(`The server’s answer to ${path} was not understood (${detail}).`);
    this.name = 'ContractError';
  }
}

export interface RequestOptions<S extends z.ZodType | undefined> {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** The response's schema; omit for answers without a body (204). */
  schema?: S;
  signal?: AbortSignal;
  /**
   * The version a change is based on (the record's dateModified as it was loaded). The server refuses the
   * change with 412 when the record changed since, so nobody overwrites another's edit without knowing.
   */
  ifMatch?: string;
}

let requestGate: Promise<unknown> = Promise.resolve();
/**
 * Requests wait for `ready` before they leave. With the mock API on, the page renders while the mock's
 * service worker starts, instead of after it; the first requests simply wait for it.
 */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  requestGate = ready;
}

let apiBaseUrl = '';
/** Where the API lives; '' means the page's own origin (the mock, or a same-origin Strategy server). */
export function setApiBaseUrl(url: string): void {
  apiBaseUrl = url.replace(/\/$/, '');
}

export async function apiRequest<S extends z.ZodType | undefined = undefined>(
  path: string,
  { method = 'GET', body, schema, signal, ifMatch }: RequestOptions<S> = {},
): Promise<S extends z.ZodType ? z.infer<S> : undefined> {
  type Result = S extends z.ZodType ? z.infer<S> : undefined;
  await requestGate;
  let response: Response;
  try {
    response = await fetch(`${apiBaseUrl}${path}`, {
      method,
      signal,
      credentials: 'include',
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(ifMatch === undefined ? {} : { 'If-Match': `"${ifMatch}"` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(json);
    throw new ApiError(
      response.status,
      parsed.success ? parsed.data : { code: 'ERR001', message: `The server answered ${response.status}.` },
    );
  }
  if (!schema) return undefined as Result;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ContractError(path, parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  }
  return parsed.data as Result;
}
