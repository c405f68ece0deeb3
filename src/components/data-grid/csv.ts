/**
 * CSV as RFC 4180 writes it (CRLF between records, a field quoted when it holds a comma, a quote or a line break,
 * quotes doubled), made safe to open in a spreadsheet: a field that starts with = + - @, a tab or a line break is
 * read as a formula by Excel, LibreOffice and Google Sheets, so it gets a leading ' (OWASP's CSV injection advice).
 */

const formulaStart = /^[=+\-@\t\r\n]/;
const needsQuotes = /[",\r\n]/;

/** One field, neutralised against formula injection and quoted as RFC 4180 asks. */
export function csvField(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole file: the header record, then one record per row; UTF-8's byte order mark first, so Excel reads it as UTF-8. */
export function csvDocument(header: readonly string[], records: readonly (readonly string[])[]): string {
  const lines = [header, ...records].map((record) => record.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
