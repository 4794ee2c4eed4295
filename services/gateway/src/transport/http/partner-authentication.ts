import type { Request } from 'express';
import { signatureRefusals, signatureWindowSeconds, type PartnerRequestVerifier } from '../../application/partner-signatures';

/** The verified partner of a signed request. */
export type PartnerAuthenticator = (request: Request, rawBody: string) => Promise<string>;

export const partnerHeaders = { partnerId: 'X-Partner-Id', timestamp: 'X-Timestamp', nonce: 'X-Nonce', signature: 'X-Signature' } as const;

export function signedRequestAuthenticator(verifier: PartnerRequestVerifier): PartnerAuthenticator {
  return (request, rawBody) =>
    verifier.verify({
      partnerId: request.header(partnerHeaders.partnerId),
      timestamp: request.header(partnerHeaders.timestamp),
      nonce: request.header(partnerHeaders.nonce),
      signature: request.header(partnerHeaders.signature),
      method: request.method,
      target: request.originalUrl,
      body: rawBody,
    });
}

/** The signing scheme, for the OpenAPI document. */
export const partnerSigningDescription = [
  'Kiosk partners sign every request with the secret the platform shares with them (configured as `KIOSK_PARTNERS`):',
  `\`${partnerHeaders.partnerId}\`: the partner id; \`${partnerHeaders.timestamp}\`: the current time in unix seconds; \`${partnerHeaders.nonce}\`: a value new for every request (16 to 64 letters, digits, \`-\` or \`_\`, e.g. a UUID); \`${partnerHeaders.signature}\`: lowercase hex HMAC-SHA256, keyed by the secret, of`,
  '`<METHOD>\\n<path and query as sent>\\n<X-Timestamp>\\n<X-Nonce>\\n<lowercase hex SHA-256 of the body bytes>`',
  `(e.g. \`POST\\n/v1/kiosk/pickup-lookups\\n1767225600\\n5f0c6f1e-8d0e-4c43-9a55-0f3b5f8f2d61\\n<sha256 of the JSON body>\`). A timestamp more than ${signatureWindowSeconds} seconds from the platform's clock is refused, and a nonce is accepted once within that window, by every gateway: a retry is signed anew with a new nonce.`,
  `Refusals are 401 with code ${Object.values(signatureRefusals).join(', ')}.`,
].join(' ');
