import { z } from 'zod';

/** Strategy's error codes (REST API docs), the ones this console meets. */
export const errorCodes = {
  general: 'ERR001',
  authentication: 'ERR003',
  notFound: 'ERR004',
  missingInformation: 'ERR005',
  invalidInput: 'ERR006',
  missingField: 'ERR007',
  sessionInvalid: 'ERR009',
  missingPrivilege: 'ERR0014',
  alreadyExists: 'ERR0015',
  noPermission: 'ERR0017',
} as const;

/**
 * Strategy's error body. `field` is this project's addition: it names the request field a refusal is about, so
 * a form can put the message on that field. A server that leaves it out still gets its message shown.
 */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  ticketId: z.string().optional(),
  field: z.string().optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
