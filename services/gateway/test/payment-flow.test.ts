/**
 * From a buyer's payment to tickets in hand, over HTTP through the gateway in front of the real
 * account, issuance and payment services: the built-in test processor's checkout, its signed
 * callback, issuance on payment, the wallet, capture (issue 4); T2 and T3 through the gateway;
 * R3 refusals at the test checkout.
 */
import { randomUUID } from 'node:crypto';
import { ticketRedeemedV1 } from '@ecticket/contracts';
import { buildEnvelope, loadConfig } from '@ecticket/platform';
import { paymentConfigShape } from '@ecticket/payment';
import { signFields } from '../../payment/src/infrastructure/aio/check-mac-value';
import { eventually, type Answer } from './support/gateway-harness';
import { PlatformUnderTest } from './support/real-platform';

const taiwaneseCard = { cardNumber: '4311 9500 0000 0002', expiryMonth: 12, expiryYear: 2099, cvv: '123', installments: 1 };
const faceValue = 600;
const config = loadConfig(paymentConfigShape, {});
/** The test processor's own AIO account, which signs its notices (the payment service's defaults). */
const processorAccount = { merchantId: config.TEST_PROCESSOR_MERCHANT_ID, hashKey: config.TEST_PROCESSOR_HASH_KEY, hashIv: config.TEST_PROCESSOR_HASH_IV };

interface OrderView {
  readonly id: string;
  readonly state: string;
  readonly amount: number;
  readonly ticketIds: string[];
  readonly history: { action: string }[];
}

interface OrderWithPayment {
  readonly order: OrderView;
  readonly tickets: { id: string; ticketNumber: string; redemptionCode: string; qrPayload: string }[];
  readonly payment: { paymentId: string; status: string; capturedAmount: number; merchantTradeNo: string; authorizedAt: string | null } | null;
}

interface Checkout {
  readonly actionUrl: string;
  readonly method: string;
  readonly fields: Record<string, string>;
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };

describe('a buyer pays and gets tickets, through the gateway', () => {
  let platform: PlatformUnderTest;
  let merchantId: string;
  let owner: string;
  let productId: string;

  beforeAll(async () => {
    platform = await PlatformUnderTest.start();
    ({ merchantId, owner } = await platform.onboardMerchant());
    const product = await platform.ok('post', '/v1/products', {
      token: owner,
      body: { ticketType: 'pickup_voucher', name: 'Afternoon tea <for two>', description: 'Scones & tea', faceValue, immediatelyUsable: true, validity: { validDays: 90 } },
    });
    productId = String(product.id);
  });
  afterAll(() => platform?.stop());

  async function placeOrder(quantity = 2): Promise<{ order: OrderView; checkout: Checkout }> {
    const placed = await platform.ok('post', '/v1/orders', {
      token: owner,
      body: {
        merchantOrderNo: `T${randomUUID().replace(/-/g, '').slice(0, 19)}`,
        buyer: { name: 'Lin Mei', phone: '0912345678', email: 'mei@example.com' },
        items: [{ productId, quantity }],
        ticketForm: 'electronic',
        issueOnPayment: true,
      },
    });
    return placed as unknown as { order: OrderView; checkout: Checkout };
  }

  const getOrder = async (orderId: string) => (await platform.ok('get', `/v1/orders/${orderId}`, { token: owner })) as unknown as OrderWithPayment;

  async function orderOnceIt(orderId: string, what: string, holds: (order: OrderWithPayment) => boolean): Promise<OrderWithPayment> {
    let latest: OrderWithPayment | null = null;
    await eventually(what, async () => holds((latest = await getOrder(orderId))), 10_000);
    return latest!;
  }

  /** What the buyer's browser does with the checkout form: post it where it says. */
  function openCheckout(checkout: Checkout): Promise<Answer> {
    const { pathname } = new URL(checkout.actionUrl);
    return platform.request(checkout.method, pathname, { body: form(checkout.fields), headers: formHeaders });
  }

  const submitCard = (paymentId: string, card: Record<string, unknown>) => platform.request('post', `/v1/test-processor/payments/${paymentId}/card`, { body: card });

  const postCallback = (fields: Record<string, string>) => platform.request('post', '/v1/payments/callback', { body: form(fields), headers: formHeaders });

  /** A ReturnURL notice as ECPay (and the test processor) sends it, signed with `account`. */
  function notice(trade: { merchantTradeNo: string; tradeNo: string; amount: number }, changes: Record<string, string> = {}, account = processorAccount) {
    return signFields(
      {
        MerchantID: processorAccount.merchantId,
        MerchantTradeNo: trade.merchantTradeNo,
        StoreID: '',
        RtnCode: '1',
        RtnMsg: 'paid',
        TradeNo: trade.tradeNo,
        TradeAmt: String(trade.amount),
        PaymentDate: '2026/03/01 12:05:00',
        PaymentType: 'Credit_CreditCard',
        PaymentTypeChargeFee: '0',
        TradeDate: '2026/03/01 12:00:00',
        SimulatePaid: '0',
        ...changes,
      },
      account,
    );
  }

  const count = (order: OrderView, action: string) => order.history.filter((entry) => entry.action === action).length;

  it('goes from order to checkout to callback to issued tickets in the wallet, and records the capture', async () => {
    const { order, checkout } = await placeOrder();
    expect(order).toMatchObject({ state: 'awaiting_payment', amount: 2 * faceValue });
    expect(checkout.method).toBe('POST');

    const page = await openCheckout(checkout);
    expect(page.status).toBe(200);
    expect(page.contentType).toContain('text/html');
    expect(page.text).toContain('NT$1,200');
    expect(page.text).toContain('Afternoon tea &lt;for two&gt;');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");

    const accepted = await submitCard(checkout.fields.payment_id!, taiwaneseCard);
    expect(accepted).toMatchObject({ status: 202, body: { status: 'pending', cardBrand: 'visa', cardLast4: '0002' } });
    expect(accepted.text).not.toContain('4311950000000002');

    const issued = await orderOnceIt(order.id, 'the order is issued and its capture recorded', ({ order: now, payment }) => now.state === 'issued' && payment?.status === 'captured');
    expect(issued.tickets).toHaveLength(2);
    expect(issued.payment).toMatchObject({ capturedAmount: 2 * faceValue });
    const status = await platform.ok('get', `/v1/test-processor/payments/${checkout.fields.payment_id}`);
    expect(status.status).toBe('captured');
    expect(status.merchantName).toMatch(/^Tea House owner-/);

    const { walletUrl } = await platform.issuance.GetDeliveryLinks({ merchantId, orderId: order.id });
    const walletPath = new URL(walletUrl).pathname;
    const walletPage = await platform.request('get', walletPath);
    expect(walletPage.status).toBe(200);
    expect(walletPage.headers.get('cache-control')).toBe('no-store');
    expect(walletPage.headers.get('referrer-policy')).toBe('no-referrer');
    for (const ticket of issued.tickets) {
      expect(walletPage.text).toContain(ticket.ticketNumber);
      expect(walletPage.text).toContain(ticket.redemptionCode);
    }
    expect(walletPage.text.match(/<svg/g)).toHaveLength(2);
    expect(walletPage.text).toContain('Afternoon tea &lt;for two&gt;');

    const wallet = await platform.ok('get', walletPath.replace('/wallet/', '/v1/wallets/'));
    expect((wallet.tickets as { qrPayload: string }[]).map((ticket) => ticket.qrPayload).sort()).toEqual(issued.tickets.map((ticket) => ticket.qrPayload).sort());

    const ticket = await platform.ok('get', `/v1/tickets/${issued.tickets[0]!.id}`, { token: owner });
    expect(ticket.qrPayload).toBe(issued.tickets[0]!.qrPayload);
    expect(String(ticket.qrSvg)).toMatch(/^<svg[^>]*viewBox/);
  });

  it('lets the buyer transfer a ticket from the wallet: the old wallet shows it transferred, the buyer is locked (R27)', async () => {
    const { order, checkout } = await placeOrder(2);
    await submitCard(checkout.fields.payment_id!, taiwaneseCard);
    const issued = await orderOnceIt(order.id, 'the order is issued', ({ order: now }) => now.state === 'issued');
    const walletPath = new URL((await platform.issuance.GetDeliveryLinks({ merchantId, orderId: order.id })).walletUrl).pathname;
    const given = issued.tickets[0]!;

    const transfer = await platform.request('post', `${walletPath.replace('/wallet/', '/v1/wallets/')}/tickets/${given.id}/transfer`, {
      body: { recipient: { name: 'Friend', email: 'friend@example.com' } },
    });
    expect(transfer).toMatchObject({ status: 200, body: { ticketId: given.id } });

    const page = await platform.request('get', walletPath);
    expect(page.text).toContain('Transferred to someone else');
    expect(page.text).not.toContain(given.redemptionCode);
    expect(page.text.match(/<svg/g)).toHaveLength(1);
    const { transferredTickets } = await platform.issuance.GetDeliveryLinks({ merchantId, orderId: order.id });
    const recipientPage = await platform.request('get', new URL(transferredTickets[0]!.walletUrl).pathname);
    expect(recipientPage.text.match(/<svg/g)).toHaveLength(1);
    // R27: the recipient's ticket has a redemption code of its own; the one the buyer saw is void.
    expect(recipientPage.text).not.toContain(given.redemptionCode);
    const renewed = (await platform.ok('get', `/v1/tickets/${given.id}`, { token: owner })).redemptionCode as string;
    expect(recipientPage.text).toContain(renewed);
    const changed = await platform.request('put', `/v1/orders/${order.id}/buyer`, { token: owner, body: { name: 'Other', email: 'other@example.com', phone: '0911111111' } });
    expect(changed).toMatchObject({ status: 422, body: { code: 'BUYER_LOCKED_BY_TRANSFER' } });
  });

  it("shows a used ticket's usage in the wallet, without a QR code on the page", async () => {
    const { order, checkout } = await placeOrder(2);
    await submitCard(checkout.fields.payment_id!, taiwaneseCard);
    const issued = await orderOnceIt(order.id, 'the order is issued', ({ order: now }) => now.state === 'issued');
    const walletPath = new URL((await platform.issuance.GetDeliveryLinks({ merchantId, orderId: order.id })).walletUrl).pathname;
    const walletJsonPath = walletPath.replace('/wallet/', '/v1/wallets/');
    const [used, kept] = issued.tickets;
    if (!used || !kept) throw new Error('two tickets expected');
    const ticket = await platform.ok('get', `/v1/tickets/${used.id}`, { token: owner });
    const redeemedAt = new Date().toISOString();
    await platform.publish(
      buildEnvelope({
        type: ticketRedeemedV1.type,
        version: ticketRedeemedV1.version,
        producer: 'redemption',
        merchantId,
        data: {
          ticketId: used.id,
          ticketNumber: used.ticketNumber,
          orderId: order.id,
          merchantId,
          productId,
          ticketType: 'pickup_voucher',
          faceValue: Number(ticket.faceValue),
          operator: { accountId: 'acc-1', accountName: 'Clerk', branchId: null, branchName: null, branchCode: null },
          redemptionId: 'redemption-1',
          redeemedByMerchantId: merchantId,
          redeemedAt,
        },
      }),
    );
    const usageOf = async () =>
      Object.fromEntries(((await platform.ok('get', walletJsonPath)).tickets as { ticketId: string; usage: string }[]).map((entry) => [entry.ticketId, entry.usage]));
    await eventually('the wallet shows the ticket redeemed', async () => (await usageOf())[used.id] === 'redeemed', 10_000);
    expect(await usageOf()).toEqual({ [used.id]: 'redeemed', [kept.id]: 'unused' });

    const page = await platform.request('get', walletPath);
    expect(page.text).toContain('Used: this ticket was redeemed.');
    expect(page.text).toContain(used.ticketNumber);
    expect(page.text).not.toContain(used.redemptionCode);
    expect(page.text).toContain(kept.redemptionCode);
    expect(page.text.match(/<svg/g)).toHaveLength(1);

    type WalletSchema = { properties: { tickets: { items: { properties: Record<string, { enum?: string[] }>; required: string[] } } } };
    const document = (await platform.ok('get', '/openapi.json')) as { paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: WalletSchema }> }> } }> };
    const walletTicket = document.paths['/v1/wallets/{walletToken}']!.get.responses['200']!.content['application/json']!.schema.properties.tickets.items;
    expect(walletTicket.properties.usage?.enum).toEqual(['unused', 'redeemed', 'returned', 'expired']);
    expect(walletTicket.required).toContain('usage');
  });

  it('shows a page, not a problem document, for a checkout that does not exist', async () => {
    const page = await platform.request('get', '/v1/test-processor/checkout?payment_id=no-such-payment');
    expect(page.status).toBe(404);
    expect(page.contentType).toContain('text/html');
  });

  it('T2: one callback 5 times in a row and 20 times at once: one authorization, one paid order, one issuance, every reply 1|OK', async () => {
    const { order, checkout } = await placeOrder(3);
    const accepted = await submitCard(checkout.fields.payment_id!, taiwaneseCard);
    expect(accepted.status).toBe(202);
    const { merchantTradeNo } = (await getOrder(order.id)).payment!;
    const genuine = form(notice({ merchantTradeNo, tradeNo: String(accepted.body.processorTradeNo), amount: order.amount }));

    const inARow: Answer[] = [];
    for (let delivery = 0; delivery < 5; delivery += 1) inARow.push(await platform.request('post', '/v1/payments/callback', { body: genuine, headers: formHeaders }));
    const atOnce = await Promise.all(Array.from({ length: 20 }, () => platform.request('post', '/v1/payments/callback', { body: genuine, headers: formHeaders })));
    for (const reply of [...inARow, ...atOnce]) {
      expect({ status: reply.status, text: reply.text }).toEqual({ status: 200, text: '1|OK' });
      expect(reply.contentType).toMatch(/^text\/plain/);
    }

    const settled = await orderOnceIt(order.id, 'the order is issued and captured', ({ order: now, payment }) => now.state === 'issued' && payment?.status === 'captured');
    expect(count(settled.order, 'payment.authorized')).toBe(1);
    expect(count(settled.order, 'order.issued')).toBe(1);
    expect(settled.tickets).toHaveLength(3);
    expect(settled.payment!.capturedAmount).toBe(order.amount);
    const orders = await platform.ok('get', '/v1/orders?state=issued&limit=200', { token: owner });
    expect((orders.items as OrderView[]).filter((listed) => listed.id === order.id)).toHaveLength(1);
  });

  it('T2: a notice with a wrong CheckMacValue, amount or merchant id changes nothing and is logged', async () => {
    const warnings = jest.spyOn(platform.service('payment').logger, 'warn');
    const { order } = await placeOrder(1);
    const { merchantTradeNo } = (await getOrder(order.id)).payment!;
    const trade = { merchantTradeNo, tradeNo: '26030112000012345678', amount: order.amount };
    const forged = { ...notice(trade), CheckMacValue: '0'.repeat(64) };
    const wrongAmount = notice({ ...trade, amount: 1 });
    const otherMerchant = notice(trade, { MerchantID: '3085676' });

    for (const bad of [forged, wrongAmount, otherMerchant]) {
      const reply = await postCallback(bad);
      expect(reply.status).toBe(200);
      expect(reply.text).toMatch(/^0\|/);
    }
    const refusals = warnings.mock.calls.filter(([, message]) => message === 'processor notice refused; nothing changed');
    expect(refusals.map(([context]) => (context as { reason: string }).reason)).toEqual(['CheckMacValue error', 'TradeAmt mismatch', 'MerchantID mismatch']);
    const unchanged = await getOrder(order.id);
    expect(unchanged.order.state).toBe('awaiting_payment');
    expect(unchanged.payment).toMatchObject({ status: 'pending', authorizedAt: null });
    warnings.mockRestore();
  });

  it('T3: createOrder replays its first answer for the same Idempotency-Key, and refuses the key with another body', async () => {
    const key = randomUUID();
    const body = {
      merchantOrderNo: `K${randomUUID().replace(/-/g, '').slice(0, 19)}`,
      buyer: { name: 'Chen Wei', phone: '0922333444', email: 'wei@example.com' },
      items: [{ productId, quantity: 1 }],
      ticketForm: 'electronic',
    };
    const first = await platform.request('post', '/v1/orders', { token: owner, body, headers: { 'idempotency-key': key } });
    const replay = await platform.request('post', '/v1/orders', { token: owner, body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(replay).toMatchObject({ status: 201, body: first.body });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');

    const changed = await platform.request('post', '/v1/orders', { token: owner, body: { ...body, items: [{ productId, quantity: 2 }] }, headers: { 'idempotency-key': key } });
    expect(changed).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    const orders = await platform.ok('get', '/v1/orders?limit=200', { token: owner });
    expect((orders.items as { merchantOrderNo: string }[]).filter((listed) => listed.merchantOrderNo === body.merchantOrderNo)).toHaveLength(1);
  });

  it.each([
    ['a card issued outside Taiwan', { ...taiwaneseCard, cardNumber: '4111111111111111' }, 422, 'CARD_ISSUED_OUTSIDE_TAIWAN'],
    ['instalments', { ...taiwaneseCard, installments: 3 }, 422, 'CARD_INSTALLMENTS_NOT_ALLOWED'],
    ['a card that is neither VISA, MasterCard nor JCB', { ...taiwaneseCard, cardNumber: '6011000990139424' }, 422, 'CARD_BRAND_NOT_ACCEPTED'],
    ['a mistyped number', { ...taiwaneseCard, cardNumber: '4311950000000003' }, 400, 'CARD_CHECK_DIGIT_INVALID'],
  ])('R3: the test checkout refuses %s, and the order still awaits payment', async (_case, card, status, code) => {
    const { order, checkout } = await placeOrder(1);
    const refused = await submitCard(checkout.fields.payment_id!, card);
    expect(refused).toMatchObject({ status, body: { code } });
    expect(refused.text).not.toContain(card.cardNumber);
    expect((await getOrder(order.id)).order.state).toBe('awaiting_payment');
  });
});
