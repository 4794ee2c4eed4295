/** A CSV field: text, a number in its decimal form, null as an empty field. */
export type CsvField = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;

/** What a spreadsheet may read as the start of a formula (OWASP, CSV Injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180: records end with CRLF; a field holding a comma, a double quote, a CR or an LF is
 * enclosed in double quotes, with each double quote inside it doubled. Fields are written as they
 * are: for files programs read, such as the bank's.
 */
export function toCsv(records: readonly (readonly CsvField[])[]): string {
  return csvOf(records, (value) => {
    const text = value === null ? '' : String(value);
    return NEEDS_QUOTES.test(text) ? quoted(text) : text;
  });
}

/**
 * RFC 4180 as toCsv, for files people open in a spreadsheet (OWASP, CSV Injection): text that
 * starts like a formula gets a leading `'`, so it shows as the text it is, and every text field is
 * quoted, so a separator inside it (`;` in some locales) cannot start a cell of its own. Numbers
 * are written bare: a negative amount stays a number.
 */
export function toSpreadsheetCsv(records: readonly (readonly CsvField[])[]): string {
  return csvOf(records, (value) => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    return quoted(FORMULA_START.test(value) ? `'${value}` : value);
  });
}

function csvOf(records: readonly (readonly CsvField[])[], field: (value: CsvField) => string): string {
  return records.map((record) => `${record.map(field).join(',')}\r\n`).join('');
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
