import { toCsv } from '../../src/infrastructure/csv';
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
