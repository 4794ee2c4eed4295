import { createHmac, sign, timingSafeEqual, verify, type KeyObject } from 'node:crypto';
import type { TicketSigner, VerificationKey, WalletSigner } from '../application/ports';
import { formatQrPayload, parseQrPayload, signedTextOf, type QrContent } from '../domain/qr-payload';
import { walletMacInput } from '../domain/wallet-token';
import type { TicketKeys } from './ticket-keys';

const SIGNATURE_BYTES = 64;

/** QR payloads signed with the newest Ed25519 ticket key (deterministic: a ticket's payload never changes). */
export function ed25519TicketSigner(keys: TicketKeys): TicketSigner {
  const verificationKeys = [...keys.byKid.values()].map((key) => verificationKeyOf(key.kid, key.publicKey));
  return {
    qrPayload(ticketNumber, redemptionCode) {
      const content = { kid: keys.signing.kid, ticketNumber, redemptionCode };
      const signature = sign(null, Buffer.from(signedTextOf(content), 'ascii'), keys.signing.privateKey);
      return formatQrPayload(content, signature.toString('base64url'));
    },
    verificationKeys: () => verificationKeys,
  };
}

/**
 * The verification algorithm of protos/issuance.proto: the payload's content when a key of ours
 * signed exactly this text, else null. Pure: no lookup, no state.
 */
export function verifyTicketQrPayload(payload: string, publicKeys: ReadonlyMap<string, KeyObject>): QrContent | null {
  const parsed = parseQrPayload(payload);
  const key = parsed && publicKeys.get(parsed.kid);
  if (!parsed || !key) return null;
  const signature = Buffer.from(parsed.signature, 'base64url');
  if (signature.length !== SIGNATURE_BYTES || signature.toString('base64url') !== parsed.signature) return null;
  if (!verify(null, Buffer.from(parsed.signedText, 'ascii'), key, signature)) return null;
  return { kid: parsed.kid, ticketNumber: parsed.ticketNumber, redemptionCode: parsed.redemptionCode };
}

/** HMAC-SHA-256 wallet MACs, compared in constant time. */
export function hmacWalletSigner(secret: Buffer): WalletSigner {
  const mac: WalletSigner['mac'] = (scope, generation) => createHmac('sha256', secret).update(walletMacInput(scope, generation)).digest('base64url');
  return {
    mac,
    matches(scope, generation, candidate) {
      const expected = Buffer.from(mac(scope, generation));
      const given = Buffer.from(candidate);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

function verificationKeyOf(kid: string, publicKey: KeyObject): VerificationKey {
  const raw = publicKey.export({ format: 'jwk' }).x;
  if (!raw) throw new Error(`ticket key ${kid} has no public part`);
  return { kid, algorithm: 'Ed25519', publicKey: raw, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}
