import type { Operator } from '../../src/domain/actor';
import type { CodeSource } from '../../src/domain/codes';
import { issue, type IssueContext } from '../../src/domain/issuance';
import { newOrder, type Order, type OrderDraft } from '../../src/domain/order';
import { recordAuthorization } from '../../src/domain/order-payment';
import { newProduct, type Product, type ProductTerms } from '../../src/domain/product';
import type { Ticket } from '../../src/domain/ticket';

export const now = new Date('2026-03-01T01:00:00.000Z');

export const owner: Operator = { accountId: 'owner-1', name: 'Owner', merchantId: 'merchant-a', branch: null };
export const branchClerk: Operator = { accountId: 'clerk-1', name: 'Clerk', merchantId: 'merchant-a', branch: { id: 'branch-1', name: 'Xinyi', code: 'TPE01' } };

export const pickupTerms: ProductTerms = {
  ticketType: 'pickup_voucher',
  name: 'Afternoon tea',
  description: '',
  faceValue: 800,
  validity: { usableFrom: null, expiry: { kind: 'days_after_issue', days: 30 } },
  immediatelyUsable: true,
  redemptionBranchIds: [],
  returnBranchIds: [],
};

export const giftTerms: ProductTerms = { ...pickupTerms, ticketType: 'gift_voucher', name: 'Free dessert', faceValue: 0, validity: { usableFrom: null, expiry: null } };

export function product(terms: Partial<ProductTerms> = {}, id = 'product-1'): Product {
  return newProduct({ id, merchantId: 'merchant-a', terms: { ...pickupTerms, ...terms }, giftVouchersEnabled: true, actor: { kind: 'system', accountId: null, name: 'system', branch: null }, now });
}

export const buyer = { name: 'Lin Mei', email: 'mei@example.com', phone: '0912345678', address: '' };

export function draft(overrides: Partial<OrderDraft> = {}): OrderDraft {
  return {
    merchantOrderNo: 'A1',
    buyer,
    items: [{ productId: 'product-1', quantity: 2 }],
    form: 'electronic',
    paperPrinter: null,
    issueOnPayment: false,
    giftVoucherExpiresOn: null,
    usableFrom: null,
    ...overrides,
  };
}

export function order(overrides: Partial<OrderDraft> = {}, products: readonly Product[] = [product()], creator: Operator = owner): Order {
  return newOrder({ id: 'order-1', draft: draft(overrides), products: new Map(products.map((item) => [item.id, item])), creator, giftVouchersEnabled: true, now });
}

/** An order as the payment service's authorization leaves it. */
export function paid(unpaid: Order, authorizedAt = now): Order {
  const outcome = recordAuthorization(unpaid, { paymentId: 'pay-1', amount: unpaid.amount, processor: 'test', authorizedAt: authorizedAt.toISOString() }, authorizedAt);
  if (outcome.kind !== 'applied') throw new Error(`not authorized: ${outcome.reason}`);
  return outcome.order;
}

/** Predictable codes: T…0001, R…0001, 000000000001, … */
export function sequentialCodes(): CodeSource {
  let next = 0;
  const counter = (width: number, prefix: string) => () => {
    next += 1;
    return `${prefix}${String(next).padStart(width - prefix.length, '0')}`;
  };
  return { ticketNumber: counter(16, 'T'), redemptionCode: counter(18, 'R'), pickupCode: counter(12, '') };
}

export function issueContext(overrides: Partial<IssueContext> = {}): IssueContext {
  let ids = 0;
  return {
    now,
    actor: { kind: 'staff', accountId: owner.accountId, name: owner.name, branch: null },
    windowDays: 21,
    guaranteeDays: 365,
    codes: sequentialCodes(),
    newId: () => `ticket-${(ids += 1)}`,
    ...overrides,
  };
}

export function issuedTickets(toIssue: Order, overrides: Partial<IssueContext> = {}): readonly Ticket[] {
  return issue(toIssue, issueContext(overrides)).tickets;
}
