/**
 * R15 on the real platform: a merchant's buyers' order lookup page (its `orderLookupUrl`) takes a
 * buyer's e-mail address and sends that buyer's issued orders to it again, answering the same
 * whatever it found.
 */
import { onboardMerchant, startPlatform, type ApiClient, type RunningPlatform } from '../../../tests/support/api';
import { waitFor } from '../../../tests/support/wait';

interface OrderDetail {
  readonly order: { readonly state: string; readonly history: readonly { readonly action: string }[] };
}

describe('the buyers’ order lookup page (R15)', () => {
  let running: RunningPlatform;
  let owner: ApiClient;
  let lookupUrl: URL;
  let orderId: string;

  const lookupsSent = async () => (await owner.ok<OrderDetail>('GET', `/v1/orders/${orderId}`)).order.history.filter((entry) => entry.action === 'order.lookup_links_sent').length;
  const ask = (url: URL, email: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ email }).toString() });

  beforeAll(async () => {
    running = await startPlatform();
    ({ owner } = await onboardMerchant(await running.operator()));
    const merchant = await owner.ok<{ name: string; settings: { orderLookupUrl: string } }>('GET', '/v1/merchant');
    lookupUrl = new URL(merchant.settings.orderLookupUrl, running.anonymous.baseUrl);
    const product = await owner.ok<{ id: string }>('POST', '/v1/products', { ticketType: 'gift_voucher', name: 'Free tea', faceValue: 0, immediatelyUsable: true, validity: { validDays: 30 } });
    const placed = await owner.ok<{ order: { id: string } }>('POST', '/v1/orders', {
      merchantOrderNo: 'L0001',
      buyer: { name: 'Lin Mei', phone: '0912345678', email: 'mei@example.com' },
      items: [{ productId: product.id, quantity: 1 }],
      ticketForm: 'electronic',
      giftVoucherExpiresOn: '2027-12-31',
    });
    orderId = placed.order.id;
    await owner.ok('POST', `/v1/orders/${orderId}/issue`, {});
  });
  afterAll(() => running.stop());

  it('shows a form on the merchant’s lookup link, and a 404 page on any other', async () => {
    const page = await fetch(lookupUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toMatch(/<form method="post">[\s\S]*name="email"/);
    const unknown = await fetch(new URL('/lookup/no-such-link', lookupUrl));
    expect(unknown.status).toBe(404);
  });

  it('sends the buyer’s issued orders to the address on file, and answers an unknown address the same', async () => {
    const before = await lookupsSent();
    const found = await ask(lookupUrl, ' Mei@example.com ');
    const notFound = await ask(lookupUrl, 'stranger@example.com');
    expect(found.status).toBe(200);
    expect(notFound.status).toBe(200);
    expect(await notFound.text()).toBe(await found.text());
    expect(await lookupsSent()).toBe(before + 1);
    const deliveries = await waitFor(async () => {
      const page = await owner.ok<{ items: { reason: string; channel: string; status: string }[] }>('GET', `/v1/orders/${orderId}/notifications`);
      return page.items.some((delivery) => delivery.reason === 'resend') ? page.items : undefined;
    });
    expect(deliveries.filter((delivery) => delivery.reason === 'resend').map((delivery) => delivery.channel)).toEqual(['email']);
  });
});
