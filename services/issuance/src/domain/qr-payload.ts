import { isRedemptionCode, isTicketNumber } from './codes';

/**
 * What a ticket's QR code encodes: `v1.<kid>.<ticketNumber>.<redemptionCode>.<signature>`, the
 * signature being the platform's Ed25519 signature of everything before it (the algorithm is
 * spelled out in protos/issuance.proto for verifiers that cannot import this code).
 */
const QR_VERSION = 'v1';
const KID = /^[A-Za-z0-9_-]{1,32}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{86}$/;

export interface QrContent {
  readonly kid: string;
  readonly ticketNumber: string;
  readonly redemptionCode: string;
}

export interface ParsedQrPayload extends QrContent {
  /** The exact text the signature covers. */
  readonly signedText: string;
  /** Unpadded base64url. */
  readonly signature: string;
}

export function signedTextOf(content: QrContent): string {
  return [QR_VERSION, content.kid, content.ticketNumber, content.redemptionCode].join('.');
}

export function formatQrPayload(content: QrContent, signature: string): string {
  return `${signedTextOf(content)}.${signature}`;
}

/** The payload's parts when it is well formed, else null; the signature is not checked here. */
export function parseQrPayload(payload: string): ParsedQrPayload | null {
  const parts = payload.split('.');
  if (parts.length !== 5) return null;
  const [version, kid, ticketNumber, redemptionCode, signature] = parts as [string, string, string, string, string];
  if (version !== QR_VERSION || !KID.test(kid) || !isTicketNumber(ticketNumber) || !isRedemptionCode(redemptionCode) || !SIGNATURE.test(signature)) {
    return null;
  }
  const content = { kid, ticketNumber, redemptionCode };
  return { ...content, signedText: signedTextOf(content), signature };
}
