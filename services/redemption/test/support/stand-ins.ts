import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import type { issuanceV1, settlementV1 } from '@ecticket/contracts';
import { AppError, failedPrecondition, loadServiceDefinition, toGrpcStatus } from '@ecticket/platform';
import { startStandIn } from './grpc';

export const QR_KID = 'ticket-key-1';

/**
 * The issuance service's GetTicketVerificationKeys, with a key pair of the test's own; signQr
 * makes QR payloads exactly as issuance.proto specifies them.
 */
export class IssuanceKeysStandIn {
  private readonly keyPair = generateKeyPairSync('ed25519');
  private server: { address: string; stop(): Promise<void> } | null = null;
  keyRequests = 0;

  async start(): Promise<string> {
    const definition = loadServiceDefinition<issuanceV1.IssuanceServiceDefinition>(['issuance.proto'], 'ecticket.issuance.v1.IssuanceService');
    this.server = await startStandIn(definition, {
      GetTicketVerificationKeys: (_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<issuanceV1.GetTicketVerificationKeysResponse>) => {
        this.keyRequests += 1;
        const { publicKey } = this.keyPair;
        callback(null, {
          keys: [
            {
              kid: QR_KID,
              algorithm: 'Ed25519',
              publicKey: publicKey.export({ format: 'jwk' }).x ?? '',
              publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
            },
          ],
        });
      },
    });
    return this.server.address;
  }

  signQr(ticketNumber: string, redemptionCode: string): string {
    return signedQr(ticketNumber, redemptionCode, QR_KID, this.keyPair.privateKey);
  }

  /** A well-formed payload signed by a key the issuance service never published. */
  forgeQr(ticketNumber: string, redemptionCode: string): string {
    return signedQr(ticketNumber, redemptionCode, QR_KID, generateKeyPairSync('ed25519').privateKey);
  }

  async stop(): Promise<void> {
    await this.server?.stop();
  }
}

function signedQr(ticketNumber: string, redemptionCode: string, kid: string, privateKey: KeyObject): string {
  const text = ['v1', kid, ticketNumber, redemptionCode].join('.');
  return `${text}.${sign(null, Buffer.from(text, 'ascii'), privateKey).toString('base64url')}`;
}

type ClaimRequest = settlementV1.ClaimCancellationRequest__Output;

/** Where a claim is lost: on its way to settlement (nothing claimed), or on the answer's way back (claimed). */
export type LostClaimStage = 'request' | 'answer';

/**
 * The settlement service's side of R30/T14, as settlement.proto states it: a usage is either
 * claimed for cancellation or synced to the bank, whichever comes first; a claim of a synced usage
 * is refused ALREADY_SYNCED_TO_BANK, a repeated claim succeeds.
 */
export class SettlementStandIn {
  private readonly usages = new Map<string, 'cancelled' | 'synced'>();
  private server: { address: string; stop(): Promise<void> } | null = null;
  private readonly lostClaims: LostClaimStage[] = [];
  readonly claims: ClaimRequest[] = [];

  /** The next claim fails with INTERNAL (never retried), lost at `stage`. */
  loseNextClaim(stage: LostClaimStage): void {
    this.lostClaims.push(stage);
  }

  /** What settlement holds of a usage: claimed for cancellation, synced to the bank, or neither yet. */
  bankStatusOf(usageId: string): 'cancelled' | 'synced' | 'pending' {
    return this.usages.get(usageId) ?? 'pending';
  }

  async start(): Promise<string> {
    const definition = loadServiceDefinition<settlementV1.SettlementServiceDefinition>(['settlement.proto'], 'ecticket.settlement.v1.SettlementService');
    this.server = await startStandIn(definition, {
      ClaimCancellation: (call: ServerUnaryCall<ClaimRequest, unknown>, callback: sendUnaryData<settlementV1.ClaimCancellationResponse>) => {
        const request = call.request;
        this.claims.push(request);
        const lost = this.lostClaims.shift();
        if (lost === 'request') {
          callback(toGrpcStatus(internalFailure()));
          return;
        }
        if (this.usages.get(request.usageId) === 'synced') {
          callback(toGrpcStatus(failedPrecondition('ALREADY_SYNCED_TO_BANK', 'This usage was synced to the bank; it is final.', { usageId: request.usageId })));
          return;
        }
        this.usages.set(request.usageId, 'cancelled');
        if (lost === 'answer') callback(toGrpcStatus(internalFailure()));
        else callback(null, { usageId: request.usageId, ticketId: request.ticketId, cancelledAt: new Date().toISOString() });
      },
    });
    return this.server.address;
  }

  /** The bank sync of one usage; false when a cancellation claim got there first. */
  syncToBank(usageId: string): boolean {
    if (this.usages.get(usageId) === 'cancelled') return false;
    this.usages.set(usageId, 'synced');
    return true;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
  }
}

function internalFailure(): AppError {
  return new AppError('internal', 'INTERNAL', 'The claim was lost.');
}
