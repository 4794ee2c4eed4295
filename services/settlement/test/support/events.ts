import {
  paymentCapturedV1,
  paymentRefundedV1,
  ticketIssuedV1,
  ticketRedeemedV1,
  ticketRedemptionCancelledV1,
  ticketReturnCancelledV1,
  ticketReturnedV1,
} from '@ecticket/contracts';
import { buildEnvelope, newId, type EventEnvelope } from '@ecticket/platform';
import type { TestBranch } from './harness';

/** Real envelopes of the contracts settlement consumes, their payloads validated by the contracts' own schemas. */

interface Contract {
  readonly type: string;
  readonly version: number;
  readonly schema: { parse(data: unknown): unknown };
}

function envelope(contract: Contract, producer: string, merchantId: string, data: Record<string, unknown>): EventEnvelope {
  return buildEnvelope({ type: contract.type, version: contract.version, producer, merchantId, data: contract.schema.parse(data) });
}

let ticketCount = 0;

export interface TestTicket {
  readonly ticketId: string;
  readonly ticketNumber: string;
  readonly orderId: string;
  readonly merchantId: string;
  readonly productId: string;
  readonly ticketType: 'pickup_voucher' | 'gift_voucher';
  readonly faceValue: number;
  readonly issuedAt: string;
  readonly guaranteeEndsAt: string | null;
}

export interface TestOrder {
  readonly orderId: string;
  readonly merchantId: string;
  readonly tickets: readonly TestTicket[];
  /** What payment captures: the pickup vouchers' face value. */
  readonly amount: number;
}

/** An order of tickets with these face values (0: a gift voucher), issued at `issuedAt`, guaranteed for `guaranteeDays`. */
export function newOrder(merchantId: string, faceValues: readonly number[], issuedAt: Date, guaranteeDays = 30): TestOrder {
  const orderId = `order-${newId()}`;
  const guaranteeEndsAt = new Date(issuedAt.getTime() + guaranteeDays * 24 * 60 * 60 * 1000).toISOString();
  const tickets = faceValues.map((faceValue): TestTicket => {
    ticketCount += 1;
    const gift = faceValue === 0;
    return {
      ticketId: `ticket-${newId()}`,
      ticketNumber: String(ticketCount).padStart(16, '0'),
      orderId,
      merchantId,
      productId: gift ? 'product-gift' : 'product-voucher',
      ticketType: gift ? 'gift_voucher' : 'pickup_voucher',
      faceValue,
      issuedAt: issuedAt.toISOString(),
      guaranteeEndsAt: gift ? null : guaranteeEndsAt,
    };
  });
  return { orderId, merchantId, tickets, amount: faceValues.reduce((total, value) => total + value, 0) };
}

export function ticketIssued(ticket: TestTicket): EventEnvelope {
  return envelope(ticketIssuedV1, 'issuance', ticket.merchantId, {
    ...ticketFields(ticket),
    productName: ticket.ticketType === 'gift_voucher' ? 'Free coffee, "large"' : 'Afternoon tea, for two',
    form: 'electronic',
    usableFrom: null,
    expiresAt: null,
    redemptionBranchIds: [],
    returnBranchIds: [],
    issuedByAccountId: null,
    issuedByBranchId: null,
    issuedAt: ticket.issuedAt,
    guaranteeEndsAt: ticket.guaranteeEndsAt,
  });
}

export function orderIssued(order: TestOrder): EventEnvelope[] {
  return order.tickets.map(ticketIssued);
}

export function captured(order: TestOrder, at: Date): EventEnvelope {
  return envelope(paymentCapturedV1, 'payment', order.merchantId, {
    paymentId: `payment-${order.orderId}`,
    orderId: order.orderId,
    merchantId: order.merchantId,
    amount: order.amount,
    capturedAt: at.toISOString(),
  });
}

export interface OperatorSpec {
  readonly name: string;
  readonly branch: TestBranch | null;
}

export const headOffice: OperatorSpec = { name: 'Head Office Clerk', branch: null };

/** `redeemedByMerchantId`: another merchant for a redeemable store's staff (R18). */
export function redeemed(ticket: TestTicket, at: Date, operator: OperatorSpec = headOffice, redemptionId = `redemption-${newId()}`, redeemedByMerchantId = ticket.merchantId): EventEnvelope {
  return envelope(ticketRedeemedV1, 'redemption', ticket.merchantId, {
    ...usageFields(ticket, operator),
    redemptionId,
    redeemedByMerchantId,
    redeemedAt: at.toISOString(),
  });
}

export function returned(ticket: TestTicket, at: Date, refund: 'card' | 'merchant' | 'none', operator: OperatorSpec = headOffice, returnId = `return-${newId()}`): EventEnvelope {
  return envelope(ticketReturnedV1, 'redemption', ticket.merchantId, {
    ...usageFields(ticket, operator),
    returnId,
    refund,
    reason: 'changed their mind, "really"',
    returnedAt: at.toISOString(),
  });
}

export function redemptionCancelled(ticket: TestTicket, redemptionId: string, at: Date): EventEnvelope {
  return envelope(ticketRedemptionCancelledV1, 'redemption', ticket.merchantId, {
    ...usageFields(ticket, headOffice),
    redemptionId,
    reason: 'redeemed by mistake',
    cancelledAt: at.toISOString(),
  });
}

export function returnCancelled(ticket: TestTicket, returnId: string, at: Date): EventEnvelope {
  return envelope(ticketReturnCancelledV1, 'redemption', ticket.merchantId, {
    ...usageFields(ticket, headOffice),
    returnId,
    reason: 'returned by mistake',
    cancelledAt: at.toISOString(),
  });
}

export function refunded(ticket: TestTicket, at: Date): EventEnvelope {
  return envelope(paymentRefundedV1, 'payment', ticket.merchantId, {
    refundId: `refund-${ticket.ticketId}`,
    paymentId: `payment-${ticket.orderId}`,
    orderId: ticket.orderId,
    merchantId: ticket.merchantId,
    ticketId: ticket.ticketId,
    amount: ticket.faceValue,
    refundedAt: at.toISOString(),
  });
}

/** The id a usage event carries (redemptionId / returnId). */
export function usageIdOf(event: EventEnvelope): string {
  const data = event.data as { redemptionId?: string; returnId?: string };
  const id = data.redemptionId ?? data.returnId;
  if (!id) throw new Error(`${event.type} carries no usage id`);
  return id;
}

function ticketFields(ticket: TestTicket) {
  const { ticketId, ticketNumber, orderId, merchantId, productId, ticketType, faceValue } = ticket;
  return { ticketId, ticketNumber, orderId, merchantId, productId, ticketType, faceValue };
}

function usageFields(ticket: TestTicket, operator: OperatorSpec) {
  return {
    ...ticketFields(ticket),
    operator: {
      accountId: `account-${operator.name.replace(/\W/g, '')}`,
      accountName: operator.name,
      branchId: operator.branch?.id ?? null,
      branchName: operator.branch?.name ?? null,
      branchCode: operator.branch?.code ?? null,
    },
  };
}

/** Every arrangement order matters for: a deterministic shuffle. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let index = result.length - 1; index > 0; index -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (index + 1);
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}
