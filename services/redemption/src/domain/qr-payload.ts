import { invalidArgument } from '@ecticket/platform';
import { isRedemptionCode, isTicketNumber } from './codes';

/**
 * A scanned QR payload, `v1.<kid>.<ticketNumber>.<redemptionCode>.<signature>` (issuance.proto):
 * the issuance service's Ed25519 signature, unpadded base64url, of everything before it.
 */
export interface QrPayload {
  readonly kid: string;
  readonly ticketNumber: string;
  readonly redemptionCode: string;
  /** The exact text the signature covers. */
  readonly signedText: string;
  readonly signature: Buffer;
}

const KID = /^[A-Za-z0-9_-]{1,32}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{86}$/;

/** The payload's parts; the signature is checked by the caller (with the issuance service's keys) before any lookup. */
export function parseQrPayload(payload: string): QrPayload {
  const parts = payload.trim().split('.');
  if (parts.length !== 5) throw invalidQrPayload();
  const [version, kid, ticketNumber, redemptionCode, signature] = parts as [string, string, string, string, string];
  if (version !== 'v1' || !KID.test(kid) || !isTicketNumber(ticketNumber) || !isRedemptionCode(redemptionCode) || !SIGNATURE.test(signature)) {
    throw invalidQrPayload();
  }
  return {
    kid,
    ticketNumber,
    redemptionCode,
    signedText: [version, kid, ticketNumber, redemptionCode].join('.'),
    signature: Buffer.from(signature, 'base64url'),
  };
}

export function invalidQrPayload() {
  return invalidArgument('INVALID_QR_PAYLOAD', 'The QR code is not a genuine ticket code.');
}
