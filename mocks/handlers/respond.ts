import { HttpResponse } from 'msw';
import type { z } from 'zod';
import { errorCodes, type ApiErrorBody } from '@/api/errors';
import { newTicketId } from '../data/ids';

// Credentials pass through these answers: no cache may keep them.
const headers = { 'Cache-Control': 'no-store' };

export function json(body: unknown, status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status, headers });
}

export function noContent(): Response {
  return new HttpResponse(null, { status: 204, headers });
}

export function errorResponse(status: number, body: Omit<ApiErrorBody, 'ticketId'>): Response {
  return json({ ...body, ticketId: newTicketId() }, status);
}

export function notFound(kind: string, id: string): Response {
  return errorResponse(404, { code: errorCodes.notFound, message: `No ${kind} has the ID ${id}.` });
}

export function nameTaken(kind: string, name: string): Response {
  return errorResponse(409, {
    code: errorCodes.alreadyExists,
    message: `A ${kind} named “${name}” already exists. Names must be unique, whatever their case.`,
    field: 'name',
  });
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Parses a request body with the contract's schema and answers as the server does when it refuses one. */
export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.infer<S>>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { ok: false, response: errorResponse(400, { code: errorCodes.invalidInput, message: 'The request body is not valid JSON.' }) };
  }
  return validate(body, schema);
}

export function validate<S extends z.ZodType>(body: unknown, schema: S): Parsed<z.infer<S>> {
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  const missing = field !== undefined && readPath(body, issue?.path ?? []) === undefined;
  return {
    ok: false,
    response: errorResponse(400, {
      code: missing ? errorCodes.missingField : errorCodes.invalidInput,
      message: field ? `${field}: ${issue?.message}` : (issue?.message ?? 'Invalid input.'),
      field,
    }),
  };
}

function readPath(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined), value);
}

/**
 * Optimistic concurrency: a change that says which version it was based on (If-Match: "<dateModified>") is
 * refused with 412 when the record has changed since. A request without If-Match is let through, as servers do.
 */
export function staleVersion(request: Request, current: { name: string; dateModified: string }): Response | undefined {
  const expected = request.headers.get('If-Match');
  if (expected === null || expected.replace(/^"|"$/g, '') === current.dateModified) return undefined;
  return errorResponse(412, {
    code: errorCodes.general,
    message: `“${current.name}” was changed by someone else after you opened it. Reload it to see the changes, then edit again.`,
  });
}
