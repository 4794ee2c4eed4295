/**
 * The notification route over HTTP, in front of the whole platform in this process: an issued
 * order's e-mail and SMS (R16) and a resend (R25) appear in its delivery log, the e-mail lands in
 * the mail drop with the wallet link, the log shows neither the link nor a full address, and
 * another merchant, or staff without `orders`, is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApiClient, onboardMerchant, startPlatform, type ApiResponse, type RunningPlatform } from '../../../tests/support/api';
import { waitFor } from '../../../tests/support/wait';

interface Delivery {
  readonly requestId: string;
  readonly channel: string;
  readonly recipient: string;
  readonly reason: string;
  readonly status: string;
  readonly attempts: number;
  readonly sentAt: string | null;
  readonly lastError: string | null;
}

interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

function expectProblem(answer: ApiResponse, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body.code }).toEqual({ status, code });
  expect(answer.contentType).toContain('application/problem+json');
}

describe('the notification route, in front of the real platform', () => {
  let running: RunningPlatform;
  let owner: ApiClient;
  let merchantId: string;
  let orderId: string;

  const sentDeliveries = (count: number) =>
    waitFor(
      async () => {
        const page = await owner.ok<Page<Delivery>>('GET', `/v1/orders/${orderId}/notifications`);
        return page.items.length === count && page.items.every((item) => item.status === 'sent') ? page : undefined;
      },
      10_000,
      `${count} deliveries sent`,
    );

  beforeAll(async () => {
    running = await startPlatform();
    ({ merchantId, owner } = await onboardMerchant(await running.operator()));
    await owner.ok('PATCH', '/v1/merchant/settings', { smsEnabled: true });
    const product = await owner.ok<{ id: string }>('POST', '/v1/products', { ticketType: 'gift_voucher', name: 'Free coffee', faceValue: 0, immediatelyUsable: true });
    const placed = await owner.ok<{ order: { id: string } }>('POST', '/v1/orders', {
      merchantOrderNo: 'N0001',
      buyer: { name: 'Lin Mei', email: 'mei@example.com', phone: '0912345678' },
      items: [{ productId: product.id, quantity: 2 }],
      ticketForm: 'electronic',
      giftVoucherExpiresOn: '2099-12-31',
    });
    orderId = placed.order.id;
    await owner.ok('POST', `/v1/orders/${orderId}/issue`, {});
  });
  afterAll(() => running?.stop());

  it('lists the e-mail and the SMS of the issued order, masked, and the e-mail holds the wallet link', async () => {
    const page = await sentDeliveries(2);

    expect(page.items.map(({ channel, recipient, reason, attempts, lastError }) => ({ channel, recipient, reason, attempts, lastError })).sort((a, b) => a.channel.localeCompare(b.channel))).toEqual([
      { channel: 'email', recipient: 'm***@example.com', reason: 'issued', attempts: 1, lastError: null },
      { channel: 'sms', recipient: '******5678', reason: 'issued', attempts: 1, lastError: null },
    ]);
    expect(JSON.stringify(page)).not.toContain('/wallet/');
    const mailDrop = path.join(running.dataDir, 'mail-drop');
    const [mail] = fs.readdirSync(mailDrop).map((name) => fs.readFileSync(path.join(mailDrop, name), 'utf8'));
    expect(mail).toContain('mei@example.com');
    expect(mail?.replace(/=\r?\n/g, '')).toMatch(/\/wallet\/[A-Za-z0-9_-]+/);
    const [sms] = fs.readdirSync(path.join(running.dataDir, 'sms-drop')).map((name) => fs.readFileSync(path.join(running.dataDir, 'sms-drop', name), 'utf8'));
    expect(sms).toMatch(/\/wallet\/[A-Za-z0-9_-]+/);
  });

  it('adds a resend as deliveries of its own, newest first (R25)', async () => {
    await owner.ok('POST', `/v1/orders/${orderId}/resend-notifications`, {});

    const page = await sentDeliveries(4);

    expect(page.items.map((item) => item.reason)).toEqual(['resend', 'resend', 'issued', 'issued']);
    const firstPage = await owner.ok<Page<Delivery>>('GET', `/v1/orders/${orderId}/notifications?limit=3`);
    expect(firstPage.items).toHaveLength(3);
    const rest = await owner.ok<Page<Delivery>>('GET', `/v1/orders/${orderId}/notifications?limit=3&cursor=${encodeURIComponent(firstPage.nextCursor ?? '')}`);
    expect(rest).toMatchObject({ items: [{ reason: 'issued' }], nextCursor: null });
  });

  it("refuses another merchant's owner (404, as if the order did not exist) and staff without `orders` (403)", async () => {
    const other = await onboardMerchant(await running.operator());
    expectProblem(await other.owner.request('GET', `/v1/orders/${orderId}/notifications`), 404, 'ORDER_NOT_FOUND');

    await owner.ok('POST', '/v1/sub-accounts', { username: 'cashier', displayName: 'Cashier', password: 'cashier-long-password', permissions: ['redeem'] });
    const cashier = await running.anonymous.login('cashier', 'cashier-long-password', merchantId);
    expect((await cashier.request('GET', `/v1/orders/${orderId}/notifications`)).status).toBe(403);
    expect((await running.anonymous.request('GET', `/v1/orders/${orderId}/notifications`)).status).toBe(401);
  });
});
