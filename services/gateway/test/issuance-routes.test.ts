/**
 * The staff routes of products, orders, tickets and paper printing, each mapped to the issuance
 * service as its contract says, checked against the real services.
 */
import { randomUUID } from 'node:crypto';
import { eventually } from './support/gateway-harness';
import { PlatformUnderTest } from './support/real-platform';

const taiwaneseCard = { cardNumber: '5521990000000001', expiryMonth: 1, expiryYear: 99, cvv: '321', installments: 0 };

interface Order {
  readonly id: string;
  readonly state: string;
  readonly buyer: { name: string; email: string; phone: string | null };
  readonly notes: { text: string; author: { kind: string } }[];
  readonly history: { action: string }[];
  readonly ticketIds: string[];
  readonly payment: { status: string } | null;
}

describe('products, orders and tickets through the gateway', () => {
  let platform: PlatformUnderTest;
  let owner: string;
  let pickupProductId: string;
  let giftProductId: string;

  const orderNumber = () => `R${randomUUID().replace(/-/g, '').slice(0, 19)}`;
  const buyer = { name: 'Lin Mei', phone: '0912345678', email: 'mei@example.com' };

  async function paidOrder(): Promise<Order> {
    const placed = await platform.ok('post', '/v1/orders', {
      token: owner,
      body: { merchantOrderNo: orderNumber(), buyer, items: [{ productId: pickupProductId, quantity: 1 }], ticketForm: 'electronic' },
    });
    const paymentId = (placed.checkout as { fields: Record<string, string> }).fields.payment_id;
    await platform.ok('post', `/v1/test-processor/payments/${paymentId}/card`, { body: taiwaneseCard });
    const orderId = (placed.order as Order).id;
    let order: Order | null = null;
    await eventually('the order is paid', async () => (order = (await getOrder(orderId)).order).state === 'authorized', 10_000);
    return order!;
  }

  const getOrder = async (orderId: string) => (await platform.ok('get', `/v1/orders/${orderId}`, { token: owner })) as { order: Order; payment: { status: string } | null };

  beforeAll(async () => {
    platform = await PlatformUnderTest.start();
    ({ owner } = await platform.onboardMerchant());
    const pickup = await platform.ok('post', '/v1/products', {
      token: owner,
      body: { ticketType: 'pickup_voucher', name: 'Cake', faceValue: 350, immediatelyUsable: true, validity: { expiresOn: '2099-12-31' } },
    });
    const gift = await platform.ok('post', '/v1/products', { token: owner, body: { ticketType: 'gift_voucher', name: 'Free coffee', faceValue: 0, immediatelyUsable: true } });
    pickupProductId = String(pickup.id);
    giftProductId = String(gift.id);
  });
  afterAll(() => platform?.stop());

  it('creates, reads, lists, changes and delists products (R1)', async () => {
    expect(await platform.ok('get', `/v1/products/${pickupProductId}`, { token: owner })).toMatchObject({
      ticketType: 'pickup_voucher',
      faceValue: 350,
      validity: { usableFrom: null, expiresOn: '2099-12-31', validDays: null },
      listed: true,
    });
    const renamed = await platform.ok('patch', `/v1/products/${giftProductId}`, { token: owner, body: { name: 'Free tea', redemptionBranchIds: [], listed: false } });
    expect(renamed).toMatchObject({ name: 'Free tea', ticketType: 'gift_voucher', listed: false });

    const listed = await platform.ok('get', '/v1/products?listed=true', { token: owner });
    expect((listed.items as { id: string }[]).map((product) => product.id)).toEqual([pickupProductId]);
    const gifts = await platform.ok('get', '/v1/products?ticketType=gift_voucher', { token: owner });
    expect((gifts.items as { id: string }[]).map((product) => product.id)).toEqual([giftProductId]);

    expect(await platform.request('patch', `/v1/products/${giftProductId}`, { token: owner, body: {} })).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    await platform.ok('patch', `/v1/products/${giftProductId}`, { token: owner, body: { listed: true } });
  });

  it('issues a paid order on request, and answers it unchanged when asked again (R26)', async () => {
    const order = await paidOrder();
    expect(order.ticketIds).toEqual([]);
    const issued = await platform.ok('post', `/v1/orders/${order.id}/issue`, { token: owner });
    expect(issued.order).toMatchObject({ id: order.id, state: 'issued' });
    expect(issued.tickets).toHaveLength(1);
    expect(await platform.ok('post', `/v1/orders/${order.id}/issue`, { token: owner, body: {} })).toEqual(issued);

    const resent = await platform.request('post', `/v1/orders/${order.id}/resend-notifications`, { token: owner });
    expect(resent).toMatchObject({ status: 202, body: { orderId: order.id, reason: 'resend' } });
  });

  it('abandons a paid order not yet issued: the authorization is voided (R9)', async () => {
    const order = await paidOrder();
    expect(await platform.ok('post', `/v1/orders/${order.id}/abandon`, { token: owner })).toMatchObject({ state: 'voided', abandonReason: 'abandoned' });
    await eventually('the authorization is voided', async () => (await getOrder(order.id)).payment?.status === 'voided', 10_000);
    expect(await platform.request('post', `/v1/orders/${order.id}/abandon`, { token: owner })).toMatchObject({ status: 422, body: { code: 'ORDER_NOT_ABANDONABLE' } });
  });

  it('R9: abandons an order never paid: its checkout closes, so the buyer can no longer pay it', async () => {
    const placed = await platform.ok('post', '/v1/orders', {
      token: owner,
      body: { merchantOrderNo: orderNumber(), buyer, items: [{ productId: pickupProductId, quantity: 1 }], ticketForm: 'electronic' },
    });
    const order = placed.order as Order;
    const paymentId = (placed.checkout as { fields: Record<string, string> }).fields.payment_id;
    expect(await platform.ok('post', `/v1/orders/${order.id}/abandon`, { token: owner })).toMatchObject({ state: 'voided', abandonReason: 'abandoned' });
    await eventually('the checkout is closed', async () => (await platform.ok('get', `/v1/test-processor/payments/${paymentId}`)).status === 'failed', 10_000);
    expect(await platform.request('post', `/v1/test-processor/payments/${paymentId}/card`, { body: taiwaneseCard })).toMatchObject({ status: 422, body: { code: 'PAYMENT_NOT_PENDING' } });
    await eventually('the order records its payment closed', async () => (await getOrder(order.id)).order.payment?.status === 'failed', 10_000);
  });

  it('changes the buyer, adds notes, lists orders by state, and prints paper tickets (R27, R32)', async () => {
    const placed = await platform.ok('post', '/v1/orders', {
      token: owner,
      body: {
        merchantOrderNo: orderNumber(),
        buyer: { name: 'Chen Wei', email: 'wei@example.com' },
        items: [{ productId: giftProductId, quantity: 2 }],
        ticketForm: 'paper',
        paperPrinter: 'merchant',
        giftVoucherExpiresOn: '2099-06-30',
      },
    });
    expect(placed.checkout).toBeNull();
    const orderId = (placed.order as Order).id;
    const issued = await platform.ok('post', `/v1/orders/${orderId}/issue`, { token: owner });
    const [first, second] = (issued.tickets as { id: string }[]).map((ticket) => ticket.id);

    const changed = await platform.ok('put', `/v1/orders/${orderId}/buyer`, { token: owner, body: { name: 'Chen Jun', email: 'jun@example.com' } });
    expect(changed).toMatchObject({ buyer: { name: 'Chen Jun', email: 'jun@example.com', phone: null } });
    const note = await platform.request('post', `/v1/orders/${orderId}/notes`, { token: owner, body: { text: 'Gift for a regular', ticketId: first } });
    expect(note).toMatchObject({ status: 201, body: { text: 'Gift for a regular', ticketId: first, author: { kind: 'staff' } } });
    const { order } = await getOrder(orderId);
    expect(order.notes.map((entry) => entry.text)).toEqual(['Gift for a regular']);
    expect((await getOrder(orderId)).payment).toBeNull();
    const issuedOrders = await platform.ok('get', '/v1/orders?state=issued&ticketForm=paper', { token: owner });
    expect((issuedOrders.items as Order[]).map((listed) => listed.id)).toEqual([orderId]);

    const printData = await platform.ok('get', `/v1/orders/${orderId}/print-data`, { token: owner });
    expect(printData).toMatchObject({ orderId, buyer: { name: 'Chen Jun' } });
    expect(printData.tickets).toHaveLength(2);
    expect(await platform.ok('post', `/v1/orders/${orderId}/mark-printed`, { token: owner, body: { ticketIds: [first] } })).toMatchObject({ ticketIds: [first] });
    expect(await platform.ok('post', `/v1/orders/${orderId}/mark-printed`, { token: owner })).toMatchObject({ ticketIds: [second] });
    expect(await platform.ok('get', `/v1/tickets/${second}`, { token: owner })).toMatchObject({ printed: true, ticketForm: 'paper' });
    const locked = await platform.request('put', `/v1/orders/${orderId}/buyer`, { token: owner, body: { name: 'Too Late', email: 'late@example.com' } });
    expect(locked).toMatchObject({ status: 422, body: { code: 'BUYER_LOCKED_BY_PRINTING' } });
  });

  it("states the issuance service's buyer rules in the request schema and the OpenAPI document", async () => {
    const place = (body: Record<string, unknown>) =>
      platform.request('post', '/v1/orders', {
        token: owner,
        body: { merchantOrderNo: orderNumber(), buyer, items: [{ productId: pickupProductId, quantity: 1 }], ticketForm: 'electronic', ...body },
      });
    // Refused by the schema (the document's pattern), not later by the service.
    for (const phone of ['0911', '(02)12345678', '#123']) {
      const refused = await place({ buyer: { ...buyer, phone } });
      expect({ phone, status: refused.status, code: refused.body.code }).toEqual({ phone, status: 400, code: 'VALIDATION_FAILED' });
    }
    expect((await place({ buyer: { ...buyer, phone: '+886 912-345-678' } })).status).toBe(201);
    const { phone: _none, ...withoutPhone } = buyer;
    expect(await place({ buyer: withoutPhone })).toMatchObject({
      status: 400,
      body: { code: 'INVALID_FIELD', detail: 'buyer.phone is required for electronic tickets.' },
    });
    expect(await place({ ticketForm: 'paper', paperPrinter: 'platform' })).toMatchObject({
      status: 400,
      body: { code: 'INVALID_FIELD', detail: 'buyer.address is required for paper tickets the platform prints and posts.' },
    });
    expect(await place({ ticketForm: 'paper' })).toMatchObject({ status: 400, body: { code: 'PAPER_PRINTER_REQUIRED' } });

    type Schema = { properties: Record<string, Schema & { pattern?: string; minLength?: number; maxLength?: number; description?: string }> };
    const document = (await platform.ok('get', '/openapi.json')) as { paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: Schema }> } }>> };
    const bodyOf = (path: string, method: string) => document.paths[path]![method]!.requestBody.content['application/json']!.schema;
    for (const buyerSchema of [bodyOf('/v1/orders', 'post').properties.buyer!, bodyOf('/v1/orders/{orderId}/buyer', 'put')]) {
      expect(buyerSchema.properties.phone).toMatchObject({ pattern: '^\\+?[0-9][0-9 -]{5,30}$', minLength: 7, maxLength: 32 });
      expect(buyerSchema.properties.phone!.description).toContain('Required for electronic tickets');
    }
    expect(bodyOf('/v1/orders', 'post').properties.paperPrinter!.description).toContain('PAPER_PRINTER_REQUIRED');
  });

  it("refuses another merchant's order and ticket as if they did not exist", async () => {
    const order = await paidOrder();
    const issued = await platform.ok('post', `/v1/orders/${order.id}/issue`, { token: owner });
    const other = await platform.onboardMerchant();
    expect(await platform.request('get', `/v1/orders/${order.id}`, { token: other.owner })).toMatchObject({ status: 404, body: { code: 'ORDER_NOT_FOUND' } });
    const ticketId = (issued.tickets as { id: string }[])[0]!.id;
    expect((await platform.request('get', `/v1/tickets/${ticketId}`, { token: other.owner })).status).toBe(404);
  });
});
