import { z } from 'zod';

/** Strategy object IDs: 32 upper-case hexadecimal characters. */
export const idSchema = z.string().regex(/^[0-9A-F]{32}$/, 'Not a Strategy object ID.');

/** Strategy's timestamp form, e.g. 2021-08-04T15:44:35.000+0000. */
export const strategyDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}$/);

export function toStrategyDate(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

export const nameMaxLength = 250;
export const nameSchema = z
  .string({ error: 'Enter a name.' })
  .trim()
  .min(1, 'Enter a name.')
  .max(nameMaxLength, `A name is at most ${nameMaxLength} characters.`);

export const descriptionMaxLength = 1000;
export const descriptionSchema = z
  .string()
  .trim()
  .max(descriptionMaxLength, `A description is at most ${descriptionMaxLength} characters.`);

/** Strategy's PATCH body: {"operationList": [{"op": "replace", "path": "/description", "value": "..."}]}. */
export const operationListSchema = z.object({
  operationList: z
    .array(
      z.object({
        op: z.literal('replace'),
        path: z.string().regex(/^\/[A-Za-z]+$/, 'A path names one field, like /description.'),
        value: z.unknown(),
      }),
    )
    .min(1, 'operationList is empty.'),
});
export type OperationList = z.infer<typeof operationListSchema>;
export type Operation = OperationList['operationList'][number];

/**
 * The replace operations that turn `before` into `after`, one per field whose value differs. A field that
 * `after` leaves empty is sent as null, which the server reads as "clear it" (undefined would vanish in JSON).
 */
export function operationsBetween<T extends object>(before: Partial<T>, after: T): Operation[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof T & string)[]);
  return [...keys]
    .filter((key) => canonical(before[key]) !== canonical(after[key]))
    .map((key) => ({ op: 'replace', path: `/${key}`, value: after[key] ?? null }));
}

/** JSON with object keys in order, so {id, name} and {name, id} compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
