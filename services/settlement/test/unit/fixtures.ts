import type { PlacedStep } from '../../src/domain/escrow';
import type { SettlementTicket } from '../../src/domain/ticket';
import type { Usage, UsageKind, UsageRecord } from '../../src/domain/usage';

export const now = new Date('2026-03-02T01:00:00.000Z');

export function ticket(overrides: Partial<SettlementTicket> = {}): SettlementTicket {
  return {
    id: 'ticket-1',
    merchantId: 'merchant-1',
    orderId: 'order-1',
    ticketNumber: '0000000000000001',
    productId: 'product-1',
    ticketType: 'pickup_voucher',
    faceValue: 1000,
    issue: { productName: 'Tea', issuedAt: '2026-03-01T00:00:00.000Z', guaranteeEndsAt: '2026-03-31T00:00:00.000Z' },
    path: [],
    ...overrides,
  };
}

export function record(overrides: Partial<UsageRecord> = {}): UsageRecord {
  return {
    merchantId: 'merchant-1',
    orderId: 'order-1',
    ticketNumber: '0000000000000001',
    productId: 'product-1',
    ticketType: 'pickup_voucher',
    faceValue: 1000,
    occurredAt: '2026-03-02T01:00:00.000Z',
    refund: null,
    reason: '',
    operator: { accountId: 'a', accountName: 'Clerk', branchId: null, branchName: null, branchCode: null },
    ...overrides,
  };
}

export function usage(kind: UsageKind, overrides: Partial<Usage> = {}, recordOverrides: Partial<UsageRecord> = {}): Usage {
  return {
    id: `${kind}-1`,
    kind,
    ticketId: 'ticket-1',
    record: record(recordOverrides),
    bank: 'pending',
    reversed: false,
    batchId: null,
    syncedAt: null,
    cancelledAt: null,
    refundPaidAt: null,
    ...overrides,
  };
}

export function placed(step: PlacedStep['step'], usageId: string | null = null, amount = 1000): PlacedStep {
  const kinds = { escrow: 'escrow_hold', merchant: 'redemption', refund: 'return_refund', refunded: 'refund_paid' } as const;
  return { step, kind: kinds[step], journalId: `journal-${step}`, usageId, amount };
}
