const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Strategy writes 2021-08-04T15:44:35.000+0000; JavaScript wants the offset as +00:00. */
export function parseStrategyDate(value: string): Date {
  return new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

export function formatStrategyDate(value: string): string {
  const date = parseStrategyDate(value);
  return Number.isNaN(date.getTime()) ? value : formatter.format(date);
}
