import { toCsv, toSpreadsheetCsv } from '../../src/infrastructure/csv';
import { parseCsv } from '../support/csv';

describe('the RFC 4180 CSV writer', () => {
  it('ends every record with CRLF and leaves plain fields unquoted', () => {
    expect(toCsv([['a', 'b'], ['1', 2]])).toBe('a,b\r\n1,2\r\n');
  });

  it('quotes a field holding a comma, a double quote, a CR or an LF, doubling the quotes', () => {
    expect(toCsv([['x,y', 'say "hi"', 'line\nbreak', 'carriage\rreturn', 'both\r\n']])).toBe(
      '"x,y","say ""hi""","line\nbreak","carriage\rreturn","both\r\n"\r\n',
    );
  });

  it('writes null as an empty field, numbers in decimal, negative numbers unquoted', () => {
    expect(toCsv([[null, 0, -1500, '', 'end']])).toBe(',0,-1500,,end\r\n');
  });

  it('does not quote what needs no quotes: spaces, semicolons, apostrophes, non-ASCII', () => {
    expect(toCsv([[' padded ', 'a;b', "it's", '下午茶 兩人']])).toBe(" padded ,a;b,it's,下午茶 兩人\r\n");
  });

  it('a field made only of a quote, or empty with quotes around, round-trips', () => {
    const records = [['"', '""', ',', '\n'], ['', 'last']];
    expect(parseCsv(toCsv(records))).toEqual(records);
  });

  it('round-trips every awkward field through an RFC 4180 reader', () => {
    const records = [
      ['record_type', 'memo'],
      ['entry', 'Tea "for two", large\r\nsecond line'],
      ['', ''],
    ];
    expect(parseCsv(toCsv(records))).toEqual(records);
  });

  it('writes no records as an empty file', () => {
    expect(toCsv([])).toBe('');
  });
});

describe('the CSV writer for spreadsheets (OWASP, CSV Injection)', () => {
  it.each([
    ['=', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+', '+1+2', `"'+1+2"`],
    ['-', '-2+3', `"'-2+3"`],
    ['@', '@SUM(A1)', `"'@SUM(A1)"`],
    ['a tab', '\t=1+2', `"'\t=1+2"`],
    ['a carriage return', '\r=1+2', `"'\r=1+2"`],
  ])('prefixes text starting with %s with a single quote', (_start, text, written) => {
    expect(toSpreadsheetCsv([[text]])).toBe(`${written}\r\n`);
    expect(parseCsv(toSpreadsheetCsv([[text]]))).toEqual([[`'${text}`]]);
  });

  it('writes numbers bare, so a negative amount stays a number; negative-looking text is neutralised', () => {
    expect(toSpreadsheetCsv([[-1500, 0, 2500, '-1500', null]])).toBe(`-1500,0,2500,"'-1500",\r\n`);
  });

  it('quotes every text field, so a separator other than the comma cannot start a formula cell', () => {
    expect(toSpreadsheetCsv([['Tea;=1+2', "Tea\t=cmd|' /C calc'!A0", 'plain']])).toBe(`"Tea;=1+2","Tea\t=cmd|' /C calc'!A0","plain"\r\n`);
  });

  it('leaves text that only holds a formula character later on as it is', () => {
    const records = [['Tea for two = happiness', 'a-b', 'x@y.example', '下午茶 +1']];
    expect(parseCsv(toSpreadsheetCsv(records))).toEqual(records);
  });

  it('the writer for programs keeps every field as it is', () => {
    expect(toCsv([['=1+2', '-5', '@a']])).toBe('=1+2,-5,@a\r\n');
  });
});
