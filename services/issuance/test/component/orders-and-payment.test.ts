import { orderAbandonedV1, orderIssuedV1 } from '@ecticket/contracts';
import { parseEvent } from '@ecticket/platform';
import {
  IssuanceHarness,
  authorizedEvent,
  createOrder,
  createProduct,
  failedEvent,
  giftProduct,
  newMerchant,
  newSubAccount,
  paidOrder,
  refusalOf,
  voidedEvent,
  type TestMerchant,
} from '../support/harness';

const harness = new IssuanceHarness();
let merchant: TestMerchant;
let productId: string;

beforeAll(async () => {
  await harness.start();
  merchant = await newMerchant(harness);
  productId = (await createProduct(harness, merchant.ownerToken)).id;
});
afterAll(() => harness.stop());

describe('creating orders', () => {
  it('an order with pickup vouchers awaits payment and answers the checkout form the payment service made', async () => {
    const { order, checkout } = await createOrder(harness, merchant.ownerToken, productId);
    expect(order).toMatchObject({ state: 'ORDER_STATE_AWAITING_PAYMENT', amount: 1600, ticketCount: 2, payment: { status: 'pending' } });
    expect(checkout).toMatchObject({ actionUrl: expect.stringContaining('/pay/'), method: 'POST', fields: { OrderId: order?.id, Amount: '1600' } });
    expect(harness.paymentIntents.at(-1)).toMatchObject({ orderId: order?.id, merchantId: merchant.merchantId, amount: 1600, buyerEmail: 'mei@example.com' });
  });

  it('R1: an order of gift vouchers only needs no payment: created, without checkout', async () => {
    const gift = await createProduct(harness, merchant.ownerToken, giftProduct);
    const before = harness.paymentIntents.length;
    const { order, checkout } = await createOrder(harness, merchant.ownerToken, gift.id);
    expect(order).toMatchObject({ state: 'ORDER_STATE_CREATED', amount: 0, payment: null });
    expect(checkout).toBeNull();
    expect(harness.paymentIntents).toHaveLength(before);
  });

  it('the same merchant order number again is a replay: the same order and payment intent; a different request is refused', async () => {
    const first = await createOrder(harness, merchant.ownerToken, productId, { merchantOrderNo: 'REPLAY1' });
    const again = await createOrder(harness, merchant.ownerToken, productId, { merchantOrderNo: 'REPLAY1' });
    expect(again.order?.id).toBe(first.order?.id);
    expect(again.checkout).toEqual(first.checkout);
    const different = createOrder(harness, merchant.ownerToken, productId, { merchantOrderNo: 'REPLAY1', items: [{ productId, quantity: 5 }] });
    expect(await refusalOf(different)).toMatchObject({ category: 'conflict', code: 'ORDER_NUMBER_TAKEN' });
  });

  it('needs the orders permission', async () => {
    const clerk = await newSubAccount(harness, merchant, ['issue']);
    expect(await refusalOf(createOrder(harness, clerk.token, productId))).toMatchObject({ category: 'permission_denied', code: 'PERMISSION_REQUIRED' });
  });

  it('refuses delisted and unknown products', async () => {
    const delisted = await createProduct(harness, merchant.ownerToken);
    await harness.call('UpdateProduct', { productId: delisted.id, listed: false }, merchant.ownerToken);
    expect(await refusalOf(createOrder(harness, merchant.ownerToken, delisted.id))).toMatchObject({ code: 'PRODUCT_NOT_LISTED' });
    expect(await refusalOf(createOrder(harness, merchant.ownerToken, 'no-such-product'))).toMatchObject({ category: 'not_found', code: 'PRODUCT_NOT_FOUND' });
  });
});

describe('payment', () => {
  it('payment.authorized.v1 makes the order authorized, with its issuance deadline (R26.1)', async () => {
    const order = await paidOrder(harness, merchant, productId);
    expect(order).toMatchObject({ state: 'ORDER_STATE_AUTHORIZED', payment: { status: 'authorized', processor: 'test' } });
    expect(order.issuanceDeadline).toBe(new Date(Date.parse(harness.clock.now().toISOString()) + 21 * 86_400_000).toISOString());
  });

  it('an authorization for another amount changes nothing', async () => {
    const { order } = await createOrder(harness, merchant.ownerToken, productId);
    if (!order) throw new Error('no order');
    await harness.deliver(authorizedEvent(order, merchant.merchantId, { amount: order.amount + 1 }));
    expect((await harness.call('GetOrder', { orderId: order.id }, merchant.ownerToken)).order).toMatchObject({ state: 'ORDER_STATE_AWAITING_PAYMENT' });
  });

  it('payment.failed.v1 is recorded; the order keeps awaiting payment', async () => {
    const { order } = await createOrder(harness, merchant.ownerToken, productId);
    if (!order) throw new Error('no order');
    await harness.deliver(failedEvent(order, merchant.merchantId));
    const after = (await harness.call('GetOrder', { orderId: order.id }, merchant.ownerToken)).order;
    expect(after).toMatchObject({ state: 'ORDER_STATE_AWAITING_PAYMENT', payment: { status: 'failed', lastFailure: 'card declined' } });
  });

  it('R8: once paid, the items and amount never change: not by a replayed order, not by product changes', async () => {
    const order = await paidOrder(harness, merchant, productId, { merchantOrderNo: 'PAIDR8' });
    const replay = createOrder(harness, merchant.ownerToken, productId, { merchantOrderNo: 'PAIDR8', items: [{ productId, quantity: 1 }] });
    expect(await refusalOf(replay)).toMatchObject({ code: 'ORDER_NUMBER_TAKEN' });
    await harness.call('UpdateProduct', { productId, faceValue: 999, name: 'Renamed tea' }, merchant.ownerToken);
    const after = (await harness.call('GetOrder', { orderId: order.id }, merchant.ownerToken)).order;
    expect(after?.items).toEqual(order.items);
    expect(after?.amount).toBe(1600);
    await harness.call('UpdateProduct', { productId, faceValue: 800, name: 'Afternoon tea for two' }, merchant.ownerToken);
  });
});

describe('abandoning a paid order', () => {
  it('R9: a paid order not yet issued is voided and order.abandoned.v1 tells payment to void the authorization', async () => {
    const order = await paidOrder(harness, merchant, productId);
    const abandoned = await harness.call('AbandonOrder', { orderId: order.id }, merchant.ownerToken);
    expect(abandoned).toMatchObject({ state: 'ORDER_STATE_VOIDED', abandonReason: 'abandoned', abandonedAt: harness.clock.now().toISOString() });
    const [event] = (await harness.outbox(orderAbandonedV1.type)).filter((envelope) => (envelope.data as { orderId: string }).orderId === order.id);
    if (!event) throw new Error('no order.abandoned event');
    expect(parseEvent(orderAbandonedV1, event).data).toEqual({ orderId: order.id, merchantId: merchant.merchantId, reason: 'abandoned', abandonedAt: abandoned.abandonedAt });

    await harness.deliver(voidedEvent(order, merchant.merchantId, 'abandoned'));
    const after = (await harness.call('GetOrder', { orderId: order.id }, merchant.ownerToken)).order;
    expect(after).toMatchObject({ state: 'ORDER_STATE_VOIDED', payment: { status: 'voided', voidedAt: expect.any(String) } });
  });

  it('R9: an order never paid is abandoned too (its checkout closes); an issued or a voided one cannot be', async () => {
    const { order: unpaid } = await createOrder(harness, merchant.ownerToken, productId);
    expect(await harness.call('AbandonOrder', { orderId: unpaid?.id }, merchant.ownerToken)).toMatchObject({ state: 'ORDER_STATE_VOIDED', abandonReason: 'abandoned' });
    expect((await harness.outbox(orderAbandonedV1.type)).some((envelope) => (envelope.data as { orderId: string }).orderId === unpaid?.id)).toBe(true);
    expect(await refusalOf(harness.call('AbandonOrder', { orderId: unpaid?.id }, merchant.ownerToken))).toMatchObject({
      category: 'failed_precondition',
      code: 'ORDER_NOT_ABANDONABLE',
    });
    const paid = await paidOrder(harness, merchant, productId);
    await harness.call('IssueOrder', { orderId: paid.id }, merchant.ownerToken);
    expect(await refusalOf(harness.call('AbandonOrder', { orderId: paid.id }, merchant.ownerToken))).toMatchObject({ code: 'ORDER_NOT_ABANDONABLE' });
  });

  it('R9: needs the orders permission', async () => {
    const order = await paidOrder(harness, merchant, productId);
    const clerk = await newSubAccount(harness, merchant, ['issue']);
    expect(await refusalOf(harness.call('AbandonOrder', { orderId: order.id }, clerk.token))).toMatchObject({ code: 'PERMISSION_REQUIRED' });
  });
});

describe('the issuance window', () => {
  it('R10: a paid order neither issued nor abandoned within 21 days is abandoned by the scheduled job (issuance_window_expired)', async () => {
    const order = await paidOrder(harness, merchant, productId);
    const soon = await paidOrder(harness, merchant, productId);
    harness.clock.advanceDays(21);
    await harness.service.scheduler.runDueJobs();
    expect((await harness.call('GetOrder', { orderId: order.id }, merchant.ownerToken)).order?.state).toBe('ORDER_STATE_AUTHORIZED');

    harness.clock.advance(60_001);
    await harness.service.scheduler.runDueJobs();
    const after = (await harness.call('GetOrder', { orderId: order.id }, merchant.ownerToken)).order;
    expect(after).toMatchObject({ state: 'ORDER_STATE_VOIDED', abandonReason: 'issuance_window_expired' });
    expect(after?.history.at(-1)).toMatchObject({ action: 'order.abandoned', actor: { kind: 'system' } });
    const events = (await harness.outbox(orderAbandonedV1.type)).map((envelope) => parseEvent(orderAbandonedV1, envelope).data);
    expect(events).toContainEqual(expect.objectContaining({ orderId: order.id, reason: 'issuance_window_expired' }));
    expect((await harness.call('GetOrder', { orderId: soon.id }, merchant.ownerToken)).order?.state).toBe('ORDER_STATE_VOIDED');
  });

  it('R10: issued orders are left alone', async () => {
    const order = await paidOrder(harness, merchant, productId, { issueOnPayment: true });
    harness.clock.advanceDays(30);
    await harness.service.scheduler.runDueJobs();
    expect((await harness.call('GetOrder', { orderId: order.id }, merchant.ownerToken)).order?.state).toBe('ORDER_STATE_ISSUED');
    expect((await harness.outbox(orderIssuedV1.type)).some((envelope) => (envelope.data as { orderId: string }).orderId === order.id)).toBe(true);
  });
});

describe('events', () => {
  it('every event in the outbox matches its contract', async () => {
    expect(await harness.outboxTypesMatchingContracts()).toContain('order.abandoned.v1');
  });
});
