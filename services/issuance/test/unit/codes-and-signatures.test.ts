import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCalendarDate } from '../../src/domain/calendar';
import { isPickupCode, isRedemptionCode, isTicketNumber } from '../../src/domain/codes';
import { parseQrPayload } from '../../src/domain/qr-payload';
import { formatWalletToken, parseWalletToken } from '../../src/domain/wallet-token';
import { randomCodes } from '../../src/infrastructure/random-codes';
import { ed25519TicketSigner, hmacWalletSigner, verifyTicketQrPayload } from '../../src/infrastructure/signers';
import { loadOrCreateTicketKeys, type TicketKeys } from '../../src/infrastructure/ticket-keys';

const keysDir = mkdtempSync(path.join(os.tmpdir(), 'issuance-keys-'));
let keys: TicketKeys;

beforeAll(async () => {
  keys = await loadOrCreateTicketKeys(keysDir, new Date('2026-03-01T00:00:00Z'));
});
afterAll(() => rmSync(keysDir, { recursive: true, force: true }));

const publicKeys = () => new Map([[keys.signing.kid, keys.signing.publicKey]]);

describe('ticket codes', () => {
  it('ticket numbers are 16, redemption codes 18 characters of Crockford base 32, pickup codes 12 digits, from crypto randomness', () => {
    const numbers = Array.from({ length: 2000 }, () => randomCodes.ticketNumber());
    const codes = Array.from({ length: 2000 }, () => randomCodes.redemptionCode());
    expect(numbers.every(isTicketNumber)).toBe(true);
    expect(codes.every(isRedemptionCode)).toBe(true);
    expect(new Set(numbers).size).toBe(2000);
    expect(new Set(codes).size).toBe(2000);
    expect(isPickupCode(randomCodes.pickupCode())).toBe(true);
    expect(new Set(codes.join('')).size).toBe(32);
    expect(codes.join('')).not.toMatch(/[ILOU]/);
  });
});

describe('QR payloads', () => {
  it('carry the ticket number and redemption code, signed with Ed25519 by the newest key', () => {
    const payload = ed25519TicketSigner(keys).qrPayload('0123456789ABCDEF', 'ABCDEFGHJKMNPQRSTV');
    expect(payload).toMatch(new RegExp(`^v1\\.${keys.signing.kid}\\.0123456789ABCDEF\\.ABCDEFGHJKMNPQRSTV\\.[A-Za-z0-9_-]{86}$`));
    expect(verifyTicketQrPayload(payload, publicKeys())).toEqual({ kid: keys.signing.kid, ticketNumber: '0123456789ABCDEF', redemptionCode: 'ABCDEFGHJKMNPQRSTV' });
  });

  it('forged or altered payloads are recognised before any lookup', () => {
    const payload = ed25519TicketSigner(keys).qrPayload('0123456789ABCDEF', 'ABCDEFGHJKMNPQRSTV');
    const [version, kid, number, code, signature] = payload.split('.') as [string, string, string, string, string];
    const forger = generateKeyPairSync('ed25519');
    const forged = ed25519TicketSigner({ ...keys, signing: { kid, privateKey: forger.privateKey, publicKey: forger.publicKey } }).qrPayload(number, code);
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    const lastChar = signature.at(-1) ?? 'A';
    const respelled = `${signature.slice(0, -1)}${String.fromCharCode(lastChar.charCodeAt(0) + 1)}`;
    for (const altered of [
      forged,
      [version, kid, '0123456789ABCDEG', code, signature].join('.'),
      [version, kid, number, 'ABCDEFGHJKMNPQRSTW', signature].join('.'),
      [version, kid, number, code, flipped].join('.'),
      [version, kid, number, code, respelled].join('.'),
      [version, 'other-kid', number, code, signature].join('.'),
      ['v2', kid, number, code, signature].join('.'),
      `${payload}.extra`,
      'not a payload',
    ]) {
      expect(verifyTicketQrPayload(altered, publicKeys())).toBeNull();
    }
    expect(parseQrPayload([version, kid, 'lowercase0123456', code, signature].join('.'))).toBeNull();
  });

  it('the keys live in their own directory, private to the service, and are reused on the next start', async () => {
    expect(statSync(keysDir).mode & 0o777).toBe(0o700);
    for (const file of readdirSync(keysDir)) expect(statSync(path.join(keysDir, file)).mode & 0o777).toBe(0o600);
    const again = await loadOrCreateTicketKeys(keysDir, new Date());
    expect(again.signing.kid).toBe(keys.signing.kid);
    expect(again.walletSecret.equals(keys.walletSecret)).toBe(true);
    const [published] = ed25519TicketSigner(again).verificationKeys();
    expect(published).toMatchObject({ kid: keys.signing.kid, algorithm: 'Ed25519', publicKeyPem: expect.stringContaining('BEGIN PUBLIC KEY') });
  });
});

describe('wallet tokens', () => {
  const scope = { kind: 'order' as const, orderId: '6f1c0c1e-2f7a-4b8e-9d11-3b1c2a4d5e6f' };

  it('carry a MAC of their scope and generation: a forged MAC or an outdated generation does not match', () => {
    const signer = hmacWalletSigner(keys.walletSecret);
    const token = formatWalletToken(scope, signer.mac(scope, 1));
    const parsed = parseWalletToken(token);
    expect(parsed?.scope).toEqual(scope);
    expect(signer.matches(scope, 1, parsed?.mac ?? '')).toBe(true);
    expect(signer.matches(scope, 2, parsed?.mac ?? '')).toBe(false);
    expect(signer.matches({ kind: 'ticket', ticketId: scope.orderId }, 1, parsed?.mac ?? '')).toBe(false);
    expect(hmacWalletSigner(Buffer.alloc(32, 1)).matches(scope, 1, parsed?.mac ?? '')).toBe(false);
    expect(parseWalletToken('x.y.z')).toBeNull();
  });
});

describe('calendar dates', () => {
  it('are real days', () => {
    expect(parseCalendarDate('2028-02-29', 'd')).toBe('2028-02-29');
    for (const bad of ['2026-02-29', '2026-13-01', '20260301', '2026-3-1']) {
      expect(() => parseCalendarDate(bad, 'd')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    }
  });
});
