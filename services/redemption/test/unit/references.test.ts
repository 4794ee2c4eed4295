import { createHash } from 'node:crypto';
import { redemptionCodeHash } from '../../src/domain/codes';
import { parseQrPayload } from '../../src/domain/qr-payload';
import { requireReason } from '../../src/domain/reason';
import { ticketReferenceOf } from '../../src/domain/ticket-reference';
import { timeRangeOf } from '../../src/domain/time-range';

const code = 'ABCDEFGHJKMNPQRST0';
const signature = 'A'.repeat(86);

describe('ticket references (R28, R29)', () => {
  it('a typed redemption code is read in any case with spaces or hyphens, and held only as its SHA-256 hex', () => {
    const reference = ticketReferenceOf({ redemptionCode: 'abcdef-ghjkmn pqrst0', qrPayload: '' });
    expect(reference).toEqual({ kind: 'redemption_code', codeHash: createHash('sha256').update(code).digest('hex') });
    expect(redemptionCodeHash(code)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('exactly one reference; malformed codes and numbers are refused as such', () => {
    expect(() => ticketReferenceOf({ ticketNumber: '', redemptionCode: ' ' })).toThrow(expect.objectContaining({ code: 'ONE_TICKET_REFERENCE_REQUIRED' }));
    expect(() => ticketReferenceOf({ ticketNumber: 'X', redemptionCode: code })).toThrow(expect.objectContaining({ code: 'ONE_TICKET_REFERENCE_REQUIRED' }));
    expect(() => ticketReferenceOf({ ticketNumber: 'ILOU567890ABCDEF', redemptionCode: '' })).toThrow(expect.objectContaining({ code: 'INVALID_TICKET_NUMBER' }));
    expect(() => ticketReferenceOf({ redemptionCode: '0123456789ABCDEF', qrPayload: '' })).toThrow(expect.objectContaining({ code: 'INVALID_REDEMPTION_CODE' }));
  });

  it('R28: a QR payload is v1.<kid>.<ticket number>.<redemption code>.<64-byte signature>; anything else is INVALID_QR_PAYLOAD', () => {
    const payload = `v1.key-1.0123456789ABCDEF.${code}.${signature}`;
    expect(parseQrPayload(payload)).toMatchObject({ kid: 'key-1', ticketNumber: '0123456789ABCDEF', redemptionCode: code, signedText: `v1.key-1.0123456789ABCDEF.${code}` });
    expect(parseQrPayload(payload).signature).toHaveLength(64);
    for (const bad of [`v2.key-1.0123456789ABCDEF.${code}.${signature}`, `v1.key-1.0123456789ABCDEF.${code}`, `v1.key-1.${code}.0123456789ABCDEF.${signature}`, `${payload}.x`]) {
      expect(() => parseQrPayload(bad)).toThrow(expect.objectContaining({ code: 'INVALID_QR_PAYLOAD' }));
    }
  });
});

describe('inputs', () => {
  it('R29, R30: a reason is required, trimmed, at most 500 characters', () => {
    expect(requireReason('  moved away ')).toBe('moved away');
    expect(() => requireReason(' ')).toThrow(expect.objectContaining({ code: 'REASON_REQUIRED' }));
    expect(() => requireReason('x'.repeat(501))).toThrow(expect.objectContaining({ code: 'REASON_TOO_LONG' }));
  });

  it('R21: a report date range is [from, to) of instants in any offset, held in UTC', () => {
    expect(timeRangeOf('2026-03-01T00:00:00+08:00', '')).toEqual({ from: '2026-02-28T16:00:00.000Z', to: null });
    expect(() => timeRangeOf('2026-03-01', '')).toThrow(expect.objectContaining({ code: 'INVALID_TIMESTAMP' }));
    expect(() => timeRangeOf('2026-03-02T00:00:00Z', '2026-03-01T00:00:00Z')).toThrow(expect.objectContaining({ code: 'INVALID_TIME_RANGE' }));
  });
});
