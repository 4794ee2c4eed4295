import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { paymentCapturedV1, ticketIssuedV1 } from '@ecticket/contracts';
import { buildEnvelope, createLogger, type Clock, type ServiceDirectory, type ServiceName } from '@ecticket/platform';
import { createIssuanceClient } from '../../src/infrastructure/issuance-client';
import { createSettlementClient } from '../../src/infrastructure/settlement-client';
import type { ApiClient, RunningPlatform } from '../../../../tests/support/api';
import { waitFor } from '../../../../tests/support/wait';

/**
 * Tickets for the redemption and settlement routes, without the order and payment routes: pickup
 * vouchers arrive as the issuance and payment services announce them (ticket.issued.v1 with the
 * hash of a redemption code chosen here, then payment.captured.v1), gift vouchers are issued for
 * real through the issuance service's gRPC API, so their QR payloads carry its signature.
 */

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const silent = createLogger({ service: 'ticket-desk', level: 'silent' });

export function randomCode(length: number): string {
  return [...randomBytes(length)].map((byte) => crockford[byte % 32]).join('');
}

export interface DeskTicket {
  readonly ticketId: string;
  readonly ticketNumber: string;
  readonly redemptionCode: string;
  readonly orderId: string;
  readonly faceValue: number;
}

export interface GiftVoucher extends DeskTicket {
  readonly qrPayload: string;
}

export interface PickupVoucherSpec {
  readonly faceValue?: number;
  readonly redemptionBranchIds?: readonly string[];
  readonly returnBranchIds?: readonly string[];
  /** Default: past, so the ticket is usable now. */
  readonly usableFrom?: string | null;
  readonly expiresAt?: string | null;
}

const dayMs = 24 * 60 * 60 * 1000;

export class TicketDesk {
  /** Every pickup voucher this desk made, for T13's escrow. */
  readonly pickupVouchers: DeskTicket[] = [];
  private readonly directory: ServiceDirectory;

  constructor(
    private readonly running: RunningPlatform,
    private readonly clock: Clock,
  ) {
    const { services } = running.platform;
    this.directory = { addressOf: (service: ServiceName) => services.get(service)?.grpcAddress ?? 'unstarted:1' };
  }

  /** A pickup voucher of `merchantId`, paid and escrowed, known to the redemption service once this resolves. */
  async pickupVoucher(merchantId: string, owner: ApiClient, spec: PickupVoucherSpec = {}): Promise<DeskTicket> {
    const now = this.clock.now();
    const ticket: DeskTicket = {
      ticketId: `ticket-${randomUUID()}`,
      ticketNumber: randomCode(16),
      redemptionCode: randomCode(18),
      orderId: `order-${randomUUID()}`,
      faceValue: spec.faceValue ?? 500,
    };
    const issued = ticketIssuedV1.schema.parse({
      ticketId: ticket.ticketId,
      ticketNumber: ticket.ticketNumber,
      orderId: ticket.orderId,
      merchantId,
      productId: 'product-afternoon-tea',
      productName: 'Afternoon tea for two',
      ticketType: 'pickup_voucher',
      form: 'electronic',
      faceValue: ticket.faceValue,
      usableFrom: spec.usableFrom === undefined ? new Date(now.getTime() - dayMs).toISOString() : spec.usableFrom,
      expiresAt: spec.expiresAt === undefined ? new Date(now.getTime() + 90 * dayMs).toISOString() : spec.expiresAt,
      redemptionBranchIds: spec.redemptionBranchIds ?? [],
      returnBranchIds: spec.returnBranchIds ?? [],
      issuedByAccountId: null,
      issuedByBranchId: null,
      issuedAt: now.toISOString(),
      guaranteeEndsAt: new Date(now.getTime() + 365 * dayMs).toISOString(),
      redemptionCodeHash: createHash('sha256').update(ticket.redemptionCode, 'ascii').digest('hex'),
    });
    const captured = paymentCapturedV1.schema.parse({
      paymentId: `payment-${ticket.orderId}`,
      orderId: ticket.orderId,
      merchantId,
      amount: ticket.faceValue,
      capturedAt: now.toISOString(),
    });
    await this.running.platform.services.get('redemption')!.resources.bus.publish([
      buildEnvelope({ type: ticketIssuedV1.type, version: ticketIssuedV1.version, producer: 'issuance', merchantId, data: issued }, this.clock),
      buildEnvelope({ type: paymentCapturedV1.type, version: paymentCapturedV1.version, producer: 'payment', merchantId, data: captured }, this.clock),
    ]);
    this.pickupVouchers.push(ticket);
    await this.knownToRedemption(owner, ticket.ticketId);
    return ticket;
  }

  /** A gift voucher issued by the issuance service for the owner's merchant (its contract enables them), with its signed QR payload. */
  async giftVoucher(owner: ApiClient): Promise<GiftVoucher> {
    const issuance = createIssuanceClient(this.directory, silent);
    const options = { metadata: { authorization: `Bearer ${owner.token}` } };
    try {
      const product = await issuance.CreateProduct(
        { ticketType: 'TICKET_TYPE_GIFT_VOUCHER', name: 'Free coffee', faceValue: 0, immediatelyUsable: true, redemptionBranchIds: [], returnBranchIds: [] },
        options,
      );
      const placed = await issuance.CreateOrder(
        {
          merchantOrderNo: randomCode(20),
          buyer: { name: 'Lin Mei', phone: '0912345678', email: 'mei@example.com' },
          items: [{ productId: product.id, quantity: 1 }],
          ticketForm: 'TICKET_FORM_ELECTRONIC',
          giftVoucherExpiresOn: new Date(this.clock.now().getTime() + 30 * dayMs).toISOString().slice(0, 10),
        },
        options,
      );
      if (!placed.order) throw new Error('the gift order was placed without its order');
      const { tickets } = await issuance.IssueOrder({ orderId: placed.order.id }, options);
      const [ticket] = tickets;
      if (!ticket) throw new Error('the gift order was issued without a ticket');
      await this.knownToRedemption(owner, ticket.id);
      return {
        ticketId: ticket.id,
        ticketNumber: ticket.ticketNumber,
        redemptionCode: ticket.redemptionCode,
        qrPayload: ticket.qrPayload,
        orderId: ticket.orderId,
        faceValue: 0,
      };
    } finally {
      issuance.close();
    }
  }

  /**
   * T13 for the owner's merchant, from the settlement service's own check, once its escrow holds
   * the face value of this desk's pickup vouchers the redemption service says are neither
   * redeemed nor returned (an expired one stays in escrow until its guarantee ends).
   */
  async settledLedger(merchantId: string, owner: ApiClient) {
    let unused = 0;
    for (const ticket of this.pickupVouchers) {
      const usage = await owner.ok<{ state: string }>('POST', '/v1/ticket-usage-lookups', { ticketId: ticket.ticketId });
      if (usage.state !== 'redeemed' && usage.state !== 'returned') unused += ticket.faceValue;
    }
    const settlement = createSettlementClient(this.directory, silent);
    try {
      return await waitFor(
        async () => {
          const invariants = await settlement.CheckLedgerInvariants({ merchantId });
          return invariants.escrowBalance === String(unused) ? invariants : undefined;
        },
        10_000,
        `an escrow of ${unused}`,
      );
    } finally {
      settlement.close();
    }
  }

  private async knownToRedemption(owner: ApiClient, ticketId: string): Promise<void> {
    await waitFor(
      async () => ((await owner.request('POST', '/v1/ticket-usage-lookups', { ticketId })).status === 200 ? true : undefined),
      10_000,
      `the redemption service to know ticket ${ticketId}`,
    );
  }
}

/** A sub-account of the owner's merchant, logged in. */
export async function staffMember(
  running: RunningPlatform,
  merchantId: string,
  owner: ApiClient,
  spec: { readonly permissions: readonly string[]; readonly branchId?: string },
): Promise<ApiClient> {
  const username = `clerk-${randomUUID().slice(0, 8)}`;
  const password = 'clerk-long-password';
  await owner.ok('POST', '/v1/sub-accounts', { username, displayName: username, password, ...spec });
  return running.anonymous.login(username, password, merchantId);
}

export interface Branch {
  readonly id: string;
  readonly name: string;
  readonly code: string;
}

export async function newBranch(owner: ApiClient, name: string, code: string): Promise<Branch> {
  const branch = await owner.ok<{ id: string }>('POST', '/v1/branches', { name, code });
  return { id: branch.id, name, code };
}
