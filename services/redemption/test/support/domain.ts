import type { Staff } from '../../src/domain/staff';
import type { TicketUsage } from '../../src/domain/ticket';

export const now = new Date('2026-03-01T02:00:00.000Z');
export const hoursFromNow = (hours: number) => new Date(now.getTime() + hours * 3600 * 1000).toISOString();

export function usage(overrides: Partial<TicketUsage> = {}): TicketUsage {
  return {
    id: 'ticket-1',
    ticket: {
      ticketId: 'ticket-1',
      ticketNumber: '0123456789ABCDEF',
      orderId: 'order-1',
      issuerMerchantId: 'issuer',
      productId: 'product-1',
      productName: 'Tea',
      ticketType: 'pickup_voucher',
      faceValue: 500,
    },
    redemptionCodeHash: null,
    usableFrom: null,
    expiresAt: null,
    guaranteeEndsAt: hoursFromNow(24),
    redemptionBranchIds: [],
    returnBranchIds: [],
    issuedAt: now.toISOString(),
    state: 'unused',
    stateChangedAt: now.toISOString(),
    current: null,
    pendingCancellation: null,
    ...overrides,
  };
}

export const eastBranch = { id: 'east', name: 'Taipei East', code: 'TPE-E' };

export function staff(overrides: Partial<Staff> = {}): Staff {
  return { accountId: 'clerk-1', merchantId: 'issuer', name: 'Clerk', branch: null, ...overrides };
}

export const giftVoucher = (overrides: Partial<TicketUsage> = {}) =>
  usage({ ticket: { ...usage().ticket, ticketType: 'gift_voucher', faceValue: 0 }, guaranteeEndsAt: null, ...overrides });
