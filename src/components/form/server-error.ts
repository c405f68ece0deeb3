import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '@/api/client';

/**
 * Puts a server refusal on the field it is about (a taken name lands on Name) and returns nothing; any other
 * error comes back as the message for the dialog's alert. `fieldFor` maps the server's field names to the form's.
 */
export function placeServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldFor: (serverField: string) => Path<T> | undefined,
): string | undefined {
  if (error instanceof ApiError && error.field) {
    const field = fieldFor(error.field);
    if (field) {
      setError(field, { type: 'server', message: error.message.replace(/^[\w.]+: /, '') }, { shouldFocus: true });
      return undefined;
    }
  }
  const ticket = error instanceof ApiError && error.ticketId ? ` (Ticket ID: ${error.ticketId})` : '';
  return `${error instanceof Error ? error.message : 'The save failed.'}${ticket}`;
}
