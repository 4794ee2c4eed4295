import { createPublicKey } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  orderIssuedV1,
  orderNotificationRequestedV1,
  ticketIssuedV1,
  type OrderIssuedV1,
  type OrderNotificationRequestedV1,
  type TicketIssuedV1,
} from '@ecticket/contracts';
import { inboxCollection, outboxCollection, parseEvent, type EventContract } from '@ecticket/platform';
import type { z } from 'zod';
import { verifyTicketQrPayload } from '../../src';
import { orders, tickets } from '../../src/infrastructure/collections';
import {
  IssuanceHarness,
  authorizedEvent,
  createOrder,
  createProduct,
  giftProduct,
  issuedOrder,
  newBranch,
  newMerchant,
  newSubAccount,
  paidOrder,
  pickupProduct,
  refusalOf,
  type TestMerchant,
} from '../support/harness';

const harness = new IssuanceHarness();
let merchant: TestMerchant;
let productId: string;

beforeAll(async () => {
  await harness.start();
  merchant = await newMerchant(harness, { guaranteeDays: 100 });
  productId = (await createProduct(harness, merchant.ownerToken)).id;
});
afterAll(() => harness.stop());

async function eventsOfOrder<T>(contract: EventContract<z.ZodType<T>>, orderId: string): Promise<T[]> {
  const envelopes = await harness.outbox(contract.type);
  return envelopes.map((envelope) => parseEvent(contract, envelope).data).filter((data) => (data as { orderId: string }).orderId === orderId);
}

describe('issuing an order', () => {
  it('issues one ticket per unit bought, in one write with order.issued.v1, a ticket.issued.v1 per ticket and the buyer notification', async () => {
    const paid = await paidOrder(harness, merchant, productId);
    const { order, tickets: issued } = await harness.call('IssueOrder', { orderId: paid.id }, merchant.ownerToken);
    expect(order).toMatchObject({ state: 'ORDER_STATE_ISSUED', issuedAt: harness.clock.now().toISOString(), ticketIds: issued.map((ticket) => ticket.id) });
    expect(issued).toHaveLength(2);
    expect(issued[0]).toMatchObject({
      orderId: paid.id,
      merchantId: merchant.merchantId,
      ticketType: 'TICKET_TYPE_PICKUP_VOUCHER',
      ticketForm: 'TICKET_FORM_ELECTRONIC',
      faceValue: 800,
      issuedBy: { kind: 'staff', accountId: expect.any(String) },
      usage: 'unused',
      guaranteeEndsAt: new Date(harness.clock.now().getTime() + 100 * 86_400_000).toISOString(),
    });

    const [orderIssued] = await eventsOfOrder<OrderIssuedV1>(orderIssuedV1, paid.id);
    expect(orderIssued).toEqual({ orderId: paid.id, merchantId: merchant.merchantId, captureAmount: 1600, ticketIds: order?.ticketIds, issuedAt: order?.issuedAt });
    const ticketEvents = await eventsOfOrder<TicketIssuedV1>(ticketIssuedV1, paid.id);
    expect(ticketEvents.map((event) => event.ticketId).sort()).toEqual([...(order?.ticketIds ?? [])].sort());
    expect(ticketEvents[0]).toMatchObject({ productId, faceValue: 800, form: 'electronic', issuedByBranchId: null, redemptionCodeHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const [notification] = await eventsOfOrder<OrderNotificationRequestedV1>(orderNotificationRequestedV1, paid.id);
    expect(notification).toMatchObject({ reason: 'issued', links: ['wallet_link'], channels: ['email'], recipient: { email: 'mei@example.com' } });
  });

  it('issuing twice issues once: the second answer is the first issuance', async () => {
    const first = await issuedOrder(harness, merchant, productId);
    const again = await harness.call('IssueOrder', { orderId: first.order?.id }, merchant.ownerToken);
    expect(again.tickets.map((ticket) => ticket.ticketNumber)).toEqual(first.tickets.map((ticket) => ticket.ticketNumber));
    expect(await harness.store.collection(tickets).count({ orderId: first.order?.id ?? '' })).toBe(2);
    expect(await eventsOfOrder(orderIssuedV1, first.order?.id ?? '')).toHaveLength(1);
  });

  it('issuing concurrently issues once', async () => {
    const paid = await paidOrder(harness, merchant, productId);
    const answers = await Promise.all(Array.from({ length: 5 }, () => harness.call('IssueOrder', { orderId: paid.id }, merchant.ownerToken)));
    const numbers = new Set(answers.flatMap((answer) => answer.tickets.map((ticket) => ticket.ticketNumber)));
    expect(numbers.size).toBe(2);
    expect(await harness.store.collection(tickets).count({ orderId: paid.id })).toBe(2);
    expect(await eventsOfOrder(orderIssuedV1, paid.id)).toHaveLength(1);
    expect(await eventsOfOrder(ticketIssuedV1, paid.id)).toHaveLength(2);
  });

  it('issues on payment when the order asked for it, in the consumer of payment.authorized.v1', async () => {
    const order = await paidOrder(harness, merchant, productId, { issueOnPayment: true });
    expect(order).toMatchObject({ state: 'ORDER_STATE_ISSUED', ticketCount: 2 });
    const [ticketEvent] = await eventsOfOrder<TicketIssuedV1>(ticketIssuedV1, order.id);
    expect(ticketEvent).toMatchObject({ issuedByAccountId: null, issuedByBranchId: null });
  });

  it('a payment.authorized.v1 delivered twice, one after the other and at once, issues once', async () => {
    const { order } = await createOrder(harness, merchant.ownerToken, productId, { issueOnPayment: true });
    if (!order) throw new Error('no order');
    const event = authorizedEvent(order, merchant.merchantId);
    await harness.deliver(event);
    await harness.deliver(event);
    await harness.deliver(event, event, event);
    expect(await harness.store.collection(tickets).count({ orderId: order.id })).toBe(2);
    expect(await eventsOfOrder(orderIssuedV1, order.id)).toHaveLength(1);
    expect(await harness.store.collection(inboxCollection).count({ eventId: event.id })).toBe(1);
    expect(await harness.eventBus.deadLetters('issuance')).toEqual([]);
  });

  it('R26.1: an authorization reported after the window keeps the order authorized, with the refusal in its history, rather than losing the payment', async () => {
    const { order } = await createOrder(harness, merchant.ownerToken, productId, { issueOnPayment: true });
    if (!order) throw new Error('no order');
    const lateAuthorization = new Date(harness.clock.now().getTime() - 22 * 86_400_000).toISOString();
    await harness.deliver(authorizedEvent(order, merchant.merchantId, { authorizedAt: lateAuthorization }));
    const after = (await harness.call('GetOrder', { orderId: order.id }, merchant.ownerToken)).order;
    expect(after).toMatchObject({ state: 'ORDER_STATE_AUTHORIZED', payment: { status: 'authorized', authorizedAt: lateAuthorization } });
    expect(after?.history.at(-1)).toMatchObject({ action: 'order.issue_on_payment_refused', detail: 'ISSUANCE_WINDOW_EXPIRED', actor: { kind: 'system' } });
    expect(await harness.store.collection(tickets).count({ orderId: order.id })).toBe(0);
  });

  it('gift-only orders are issued without payment, with captureAmount 0', async () => {
    const gift = await createProduct(harness, merchant.ownerToken, giftProduct);
    const { order } = await createOrder(harness, merchant.ownerToken, gift.id, { giftVoucherExpiresOn: '2026-12-31' });
    const { tickets: issued } = await harness.call('IssueOrder', { orderId: order?.id }, merchant.ownerToken);
    expect(issued[0]).toMatchObject({ ticketType: 'TICKET_TYPE_GIFT_VOUCHER', faceValue: 0, expiresAt: '2026-12-31T16:00:00.000Z', guaranteeEndsAt: '' });
    expect((await eventsOfOrder<OrderIssuedV1>(orderIssuedV1, order?.id ?? ''))[0]).toMatchObject({ captureAmount: 0 });
  });

  it('an unpaid order is not issued', async () => {
    const { order } = await createOrder(harness, merchant.ownerToken, productId);
    expect(await refusalOf(harness.call('IssueOrder', { orderId: order?.id }, merchant.ownerToken))).toMatchObject({ code: 'ORDER_NOT_PAID' });
  });
});

describe('R26: issuance refuses clearly and leaves the order unchanged', () => {
  async function storedOrder(orderId: string) {
    return harness.store.collection(orders).get(orderId);
  }

  it('R26.1: an order with pickup vouchers is issued within 21 days of its payment', async () => {
    const paid = await paidOrder(harness, merchant, productId);
    harness.clock.advanceDays(21);
    harness.clock.advance(1);
    const before = await storedOrder(paid.id);
    const refusal = await refusalOf(harness.call('IssueOrder', { orderId: paid.id }, merchant.ownerToken));
    expect(refusal).toMatchObject({ category: 'failed_precondition', code: 'ISSUANCE_WINDOW_EXPIRED', details: { deadline: paid.issuanceDeadline } });
    expect(await storedOrder(paid.id)).toEqual(before);
  });

  it('R26.1: on the last moment of the window it is still issued', async () => {
    const paid = await paidOrder(harness, merchant, productId);
    harness.clock.advanceDays(21);
    await expect(harness.call('IssueOrder', { orderId: paid.id }, merchant.ownerToken)).resolves.toMatchObject({ order: { state: 'ORDER_STATE_ISSUED' } });
  });

  it('R26.2: a gift-voucher-only order needs its expiry date; given at issue, it is issued', async () => {
    const gift = await createProduct(harness, merchant.ownerToken, giftProduct);
    const { order } = await createOrder(harness, merchant.ownerToken, gift.id);
    const before = await storedOrder(order?.id ?? '');
    expect(await refusalOf(harness.call('IssueOrder', { orderId: order?.id }, merchant.ownerToken))).toMatchObject({ code: 'GIFT_VOUCHER_EXPIRY_REQUIRED' });
    expect(await storedOrder(order?.id ?? '')).toEqual(before);
    const issued = await harness.call('IssueOrder', { orderId: order?.id, giftVoucherExpiresOn: '2026-06-30' }, merchant.ownerToken);
    expect(issued.order).toMatchObject({ state: 'ORDER_STATE_ISSUED', giftVoucherExpiresOn: '2026-06-30' });
  });

  it('R26.3: a non-immediate electronic ticket needs its usable-from date', async () => {
    const later = await createProduct(harness, merchant.ownerToken, { ...giftProduct, immediatelyUsable: false });
    const { order } = await createOrder(harness, merchant.ownerToken, later.id, { giftVoucherExpiresOn: '2026-12-31' });
    const before = await storedOrder(order?.id ?? '');
    expect(await refusalOf(harness.call('IssueOrder', { orderId: order?.id }, merchant.ownerToken))).toMatchObject({ code: 'USABLE_FROM_REQUIRED' });
    expect(await storedOrder(order?.id ?? '')).toEqual(before);
    const issued = await harness.call('IssueOrder', { orderId: order?.id, usableFrom: '2026-04-01' }, merchant.ownerToken);
    expect(issued.tickets[0]).toMatchObject({ usableFrom: '2026-03-31T16:00:00.000Z' });
  });

  it('R26.3: an order that issues on payment must carry it from the start', async () => {
    const later = await createProduct(harness, merchant.ownerToken, { ...pickupProduct, immediatelyUsable: false });
    expect(await refusalOf(createOrder(harness, merchant.ownerToken, later.id, { issueOnPayment: true }))).toMatchObject({ code: 'USABLE_FROM_REQUIRED' });
  });

  it('R26.4: a convenience-store order carries at most 8 tickets; refused already when ordered, since its items never change', async () => {
    const nine = createOrder(harness, merchant.ownerToken, productId, { ticketForm: 'TICKET_FORM_CONVENIENCE_STORE', items: [{ productId, quantity: 9 }] });
    expect(await refusalOf(nine)).toMatchObject({ category: 'failed_precondition', code: 'TOO_MANY_CONVENIENCE_STORE_TICKETS', details: { max: 8, tickets: 9 } });
    const eight = await issuedOrder(harness, merchant, productId, { ticketForm: 'TICKET_FORM_CONVENIENCE_STORE', items: [{ productId, quantity: 8 }] });
    expect(eight.tickets).toHaveLength(8);
  });
});

describe('who may issue', () => {
  it('needs the issue permission', async () => {
    const paid = await paidOrder(harness, merchant, productId);
    const clerk = await newSubAccount(harness, merchant, ['orders']);
    expect(await refusalOf(harness.call('IssueOrder', { orderId: paid.id }, clerk.token))).toMatchObject({ category: 'permission_denied', code: 'PERMISSION_REQUIRED' });
  });

  it('R23: an account of a disabled branch cannot issue', async () => {
    const branchId = await newBranch(harness, merchant);
    const clerk = await newSubAccount(harness, merchant, ['orders', 'issue'], branchId);
    const { order } = await createOrder(harness, clerk.token, productId);
    if (!order) throw new Error('no order');
    await harness.deliver(authorizedEvent(order, merchant.merchantId, { authorizedAt: harness.clock.now().toISOString() }));
    await harness.accountCall('DisableBranch', { merchantId: '', branchId }, merchant.ownerToken);
    expect(await refusalOf(harness.call('IssueOrder', { orderId: order.id }, clerk.token))).toMatchObject({ code: 'BRANCH_DISABLED' });
    expect((await harness.call('GetOrder', { orderId: order.id }, clerk.token)).order?.state).toBe('ORDER_STATE_AUTHORIZED');
  });

  it('R21: the issuing account and its branch are recorded on the order, the tickets and ticket.issued.v1', async () => {
    const branchId = await newBranch(harness, merchant);
    const clerk = await newSubAccount(harness, merchant, ['orders', 'issue'], branchId);
    const { order } = await createOrder(harness, clerk.token, productId);
    if (!order) throw new Error('no order');
    await harness.deliver(authorizedEvent(order, merchant.merchantId, { authorizedAt: harness.clock.now().toISOString() }));
    const issued = await harness.call('IssueOrder', { orderId: order.id }, clerk.token);
    const issuer = { kind: 'staff', accountId: clerk.id, branch: { id: branchId, code: expect.any(String), name: expect.any(String) } };
    expect(issued.order?.history.at(-1)).toMatchObject({ action: 'order.issued', actor: issuer });
    expect(issued.tickets[0]?.issuedBy).toMatchObject(issuer);
    expect((await eventsOfOrder<TicketIssuedV1>(ticketIssuedV1, order.id))[0]).toMatchObject({ issuedByAccountId: clerk.id, issuedByBranchId: branchId });
  });
});

describe('tickets', () => {
  it('carry a 16-character ticket number and a separate 18-character redemption code, all unique', async () => {
    const issued = await Promise.all(Array.from({ length: 5 }, () => issuedOrder(harness, merchant, productId, { items: [{ productId, quantity: 10 }] })));
    const all = issued.flatMap((detail) => detail.tickets);
    expect(all).toHaveLength(50);
    for (const ticket of all) {
      expect(ticket.ticketNumber).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
      expect(ticket.redemptionCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{18}$/);
    }
    expect(new Set(all.map((ticket) => ticket.ticketNumber)).size).toBe(50);
    expect(new Set(all.map((ticket) => ticket.redemptionCode)).size).toBe(50);
  });

  it('carry a QR payload signed by the platform: verified with the published keys; forged or altered payloads are recognised', async () => {
    const { tickets: issued } = await issuedOrder(harness, merchant, productId);
    const [ticket] = issued;
    if (!ticket) throw new Error('no ticket');
    const { keys } = await harness.call('GetTicketVerificationKeys', {});
    const publicKeys = new Map(keys.map((key) => [key.kid, createPublicKey(key.publicKeyPem)]));
    expect(keys[0]).toMatchObject({ algorithm: 'Ed25519', publicKey: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(verifyTicketQrPayload(ticket.qrPayload, publicKeys)).toMatchObject({ ticketNumber: ticket.ticketNumber, redemptionCode: ticket.redemptionCode });

    const [version, kid, number, code, signature] = ticket.qrPayload.split('.') as [string, string, string, string, string];
    const otherNumber = `${number.slice(0, -1)}${number.endsWith('0') ? '1' : '0'}`;
    expect(verifyTicketQrPayload([version, kid, otherNumber, code, signature].join('.'), publicKeys)).toBeNull();
    expect(verifyTicketQrPayload([version, 'unknown-kid', number, code, signature].join('.'), publicKeys)).toBeNull();
  });

  it('GetTicket reads a ticket of the merchant (needs orders); another merchant reads NOT_FOUND', async () => {
    const { tickets: issued } = await issuedOrder(harness, merchant, productId);
    const ticketId = issued[0]?.id;
    await expect(harness.call('GetTicket', { ticketId }, merchant.ownerToken)).resolves.toMatchObject({ id: ticketId });
    const other = await newMerchant(harness);
    expect(await refusalOf(harness.call('GetTicket', { ticketId }, other.ownerToken))).toMatchObject({ category: 'not_found', code: 'TICKET_NOT_FOUND' });
  });

  it('product changes never alter issued tickets', async () => {
    const own = await createProduct(harness, merchant.ownerToken);
    const { tickets: issued } = await issuedOrder(harness, merchant, own.id);
    await harness.call('UpdateProduct', { productId: own.id, name: 'Changed', faceValue: 5, validity: { expiresOn: '2026-04-01' } }, merchant.ownerToken);
    const after = await harness.call('GetTicket', { ticketId: issued[0]?.id }, merchant.ownerToken);
    expect(after).toMatchObject({ productName: issued[0]?.productName, faceValue: 800, expiresAt: issued[0]?.expiresAt });
  });
});

describe('secrets', () => {
  it('no wallet token, wallet secret, signing key or redemption code is in the store or any event', async () => {
    const detail = await issuedOrder(harness, merchant, productId);
    const links = await harness.call('GetDeliveryLinks', { merchantId: merchant.merchantId, orderId: detail.order?.id });
    const token = links.walletUrl.split('/wallet/')[1] ?? '';
    expect(token).not.toBe('');
    const keysDir = path.join(harness.dataDir, 'issuance-keys');
    const secrets = readdirSync(keysDir).map((file) => readFileSync(path.join(keysDir, file), 'utf8').replace(/-----[A-Z ]+-----/g, '').replace(/\s/g, ''));
    const storeText = JSON.stringify(await harness.store.collection(orders).find({})) + JSON.stringify(await harness.store.collection(tickets).find({}));
    const eventsText = JSON.stringify(await harness.store.collection(outboxCollection).find({}));
    for (const secret of [token, ...secrets]) {
      expect(storeText).not.toContain(secret);
      expect(eventsText).not.toContain(secret);
    }
    for (const ticket of detail.tickets) expect(eventsText).not.toContain(ticket.redemptionCode);
  });
});

