/**
 * What the benchmarks do to a running platform to set it up, over its public HTTP API with the
 * end-to-end tests' client (tests/support/api.ts): onboard a merchant, create products, issue tickets.
 */
import { randomUUID } from 'node:crypto';
import { ApiClient, onboardMerchant, operatorPassword, type MerchantFixture } from '../support/api';

export type { ApiClient, MerchantFixture };

export interface TicketView {
  readonly id: string;
  readonly ticketNumber: string;
  readonly redemptionCode: string;
}

export interface PlacedOrder {
  readonly order: { readonly id: string; readonly amount: number; readonly createdAt: string };
  readonly checkout: { readonly fields: Readonly<Record<string, string>> } | null;
}

/** The operator onboards a merchant (gift vouchers enabled) and its owner logs in. */
export async function onboard(url: string): Promise<MerchantFixture> {
  const operator = await new ApiClient(url).login('operator', operatorPassword);
  return onboardMerchant(operator);
}

/** A listed, immediately usable product: a NT$600 pickup voucher, or a gift voucher (face value 0, R1). */
export async function createProduct(owner: ApiClient, ticketType: 'pickup_voucher' | 'gift_voucher'): Promise<string> {
  const product = await owner.ok<{ id: string }>('POST', '/v1/products', {
    ticketType,
    name: ticketType === 'gift_voucher' ? 'Bench gift voucher' : 'Bench afternoon tea',
    faceValue: ticketType === 'gift_voucher' ? 0 : 600,
    immediatelyUsable: true,
    validity: { validDays: 365 },
  });
  return product.id;
}

export function merchantOrderNo(): string {
  return `B${randomUUID().replace(/-/g, '').slice(0, 19)}`;
}

export const buyer = { name: 'Lin Mei', phone: '0912345678', email: 'mei@example.com' };

/** Runs `work` on every item, at most `concurrency` at a time; the first failure rejects. */
export async function forEachConcurrently<T>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** issueOrder, again a second later after a 503/504 (a busy process, an open breaker): issuing is idempotent. */
async function issueOrder(owner: ApiClient, orderId: string): Promise<{ tickets: TicketView[] }> {
  for (let attempt = 1; ; attempt++) {
    const answer = await owner.request<{ tickets: TicketView[] }>('POST', `/v1/orders/${orderId}/issue`, {});
    if (answer.status === 200) return answer.body;
    if (attempt === 3 || (answer.status !== 503 && answer.status !== 504)) throw new Error(`issueOrder ${orderId} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Tickets per order issued in bulk: the most one order item holds (an order of 200 in two items issues in ~0.1 s here). */
const GIFT_TICKETS_PER_ORDER = 100;

/**
 * Up to `count` unused gift vouchers issued over HTTP, one order of GIFT_TICKETS_PER_ORDER at a time
 * (createOrder + issueOrder), stopping early after `seconds`. Returns the issued tickets, redemption
 * codes included.
 */
export async function issueGiftVouchers(owner: ApiClient, productId: string, count: number, seconds: number): Promise<TicketView[]> {
  const expiresOn = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  const deadline = performance.now() + seconds * 1000;
  const tickets: TicketView[] = [];
  while (tickets.length < count && performance.now() < deadline) {
    const placed = await owner.ok<PlacedOrder>('POST', '/v1/orders', {
      merchantOrderNo: merchantOrderNo(),
      buyer,
      items: [{ productId, quantity: Math.min(GIFT_TICKETS_PER_ORDER, count - tickets.length) }],
      ticketForm: 'electronic',
      giftVoucherExpiresOn: expiresOn,
    });
    tickets.push(...(await issueOrder(owner, placed.order.id)).tickets);
  }
  return tickets;
}

/** Waits (bounded) until the redemption service knows `tickets` (from their ticket.issued events): the last of each order is looked up. */
export async function waitUntilRedeemable(owner: ApiClient, tickets: readonly TicketView[], seconds = 60): Promise<void> {
  const deadline = performance.now() + seconds * 1000;
  const probes = tickets.filter((_, n) => n % GIFT_TICKETS_PER_ORDER === GIFT_TICKETS_PER_ORDER - 1 || n === tickets.length - 1);
  for (const ticket of probes) {
    while ((await owner.request('POST', '/v1/ticket-usage-lookups', { ticketId: ticket.id })).status !== 200) {
      if (performance.now() > deadline) throw new Error(`the redemption service did not know ticket ${ticket.id} within ${seconds}s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
