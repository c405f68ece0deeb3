import { operationListSchema } from '@/api/common';
import { errorCodes } from '@/api/errors';
import { errorResponse, parseBody, type Parsed } from './respond';

/**
 * Applies a Strategy PATCH body ({"operationList": [{"op": "replace", ...}]}) to the writable fields of a
 * record. A null or empty value clears an optional field. The result is validated by the caller, whole, with the
 * same schema as a create, so a PATCH can never store what a POST would refuse.
 */
export async function applyOperations(
  request: Request,
  current: Record<string, unknown>,
  writableFields: readonly string[],
): Promise<Parsed<Record<string, unknown>>> {
  const parsed = await parseBody(request, operationListSchema);
  if (!parsed.ok) return parsed;
  const next = { ...current };
  for (const { path, value } of parsed.data.operationList) {
    const field = path.slice(1);
    if (!writableFields.includes(field)) {
      return { ok: false, response: errorResponse(400, { code: errorCodes.invalidInput, message: `${path} cannot be changed.`, field }) };
    }
    if (value === null || value === '') Reflect.deleteProperty(next, field);
    else next[field] = value;
  }
  return { ok: true, data: next };
}
