/** A CSV field: text as is, a number in its decimal form, null as an empty field. */
export type CsvField = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * RFC 4180: records end with CRLF; a field holding a comma, a double quote, a CR or an LF is
 * enclosed in double quotes, with each double quote inside it doubled.
 */
export function toCsv(records: readonly (readonly CsvField[])[]): string {
  return records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}

function csvField(value: CsvField): string {
  const text = value === null ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
