/**
 * The notification service consuming `order.notification_requested` for real (SQLite store, manual
 * clock, in-process bus, the file providers): e-mail and SMS per the request's channels (R16), a
 * resend is a second delivery (R25), a redelivered event sends nothing twice, a failing provider
 * is retried with its error kept, and the delivery log is read by whoever may read the order.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { deliveries } from '../../src/infrastructure/collections';
import { eventually, NotificationHarness, notificationRequested, requestIdOf } from '../support/harness';
import { merchantOrderNoOf, STAND_IN_MERCHANT_NAME } from '../support/issuance-stand-in';

const WALLET_URL = 'http://127.0.0.1:8080/wallet/wallet-token-of-the-buyer';

describe('notification deliveries', () => {
  const harness = new NotificationHarness();
  let orderCount = 0;

  beforeAll(() => harness.start({ maxAttempts: 100 }));
  afterAll(() => harness.stop());

  function electronicOrder(merchantId = 'merchant-a'): string {
    orderCount += 1;
    const orderId = `order-electronic-${orderCount}`;
    harness.issuance.declare(orderId, { merchantId, walletUrl: `${WALLET_URL}-${orderCount}` });
    return orderId;
  }

  function newDrops(before: { mail: number; sms: number }) {
    return { mail: harness.dropped(harness.mailDrop).slice(before.mail), sms: harness.dropped(harness.smsDrop).slice(before.sms) };
  }

  function dropCounts() {
    return { mail: harness.dropped(harness.mailDrop).length, sms: harness.dropped(harness.smsDrop).length };
  }

  it('e-mails an issued electronic order with its wallet link, and texts it when the channels include SMS', async () => {
    const orderId = electronicOrder();
    const before = dropCounts();
    const request = notificationRequested({ orderId, merchantId: 'merchant-a', channels: ['email', 'sms'] });

    await harness.deliver(request);

    const { mail, sms } = newDrops(before);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatch(/^To: "?Lin Mei"? <mei@example\.com>$/m);
    expect(mail[0]).toMatch(/^Subject: /m);
    expect(mail[0]).toContain('multipart/alternative');
    const decoded = decodedBody(mail[0]!);
    expect(decoded).toContain(`${WALLET_URL}-${orderCount}`);
    expect(decoded).toContain('您的票券已開立');
    expect(decoded).toContain('Your tickets have been issued.');
    expect(decoded).toContain(`Order: ${merchantOrderNoOf(orderId)}`);
    expect(decoded).toContain(`Store: ${STAND_IN_MERCHANT_NAME}`);
    expect(sms).toHaveLength(1);
    expect(sms[0]).toContain('To: 0912345678');
    expect(sms[0]).toContain(`${WALLET_URL}-${orderCount}`);

    const email = await harness.delivery(requestIdOf(request), 'email');
    expect(email).toMatchObject({ status: 'sent', attempts: 1, recipient: 'm***@example.com', lastError: null, sentAt: harness.clock.now().toISOString() });
    expect(email?.providerMessageId).toEqual(expect.any(String));
    expect(await harness.delivery(requestIdOf(request), 'sms')).toMatchObject({ status: 'sent', recipient: '******5678' });
  });

  it('sends no SMS when the merchant has no SMS service (the request names e-mail only, R16)', async () => {
    const orderId = electronicOrder();
    const before = dropCounts();
    const request = notificationRequested({ orderId, merchantId: 'merchant-a', channels: ['email'] });

    await harness.deliver(request);

    expect(newDrops(before)).toMatchObject({ mail: [expect.any(String)], sms: [] });
    expect(await harness.delivery(requestIdOf(request), 'sms')).toBeNull();
  });

  it('sends a resend as a second delivery (R25)', async () => {
    const orderId = electronicOrder();
    const before = dropCounts();

    await harness.deliver(notificationRequested({ orderId, merchantId: 'merchant-a' }));
    await harness.deliver(notificationRequested({ orderId, merchantId: 'merchant-a', reason: 'resend', requestedAt: '2026-03-03T01:00:00.000Z' }));

    const { mail } = newDrops(before);
    expect(mail).toHaveLength(2);
    expect(decodedBody(mail[1]!)).toContain('As requested, here are your tickets again.');
    const listed = await harness.notification.ListOrderNotifications({ merchantId: 'merchant-a', orderId }, { metadata: { authorization: 'Bearer staff-of-merchant-a' } });
    expect(listed.notifications.map(({ reason, status }) => ({ reason, status }))).toEqual([
      { reason: 'resend', status: 'sent' },
      { reason: 'issued', status: 'sent' },
    ]);
  });

  it('sends nothing twice when the event is delivered again', async () => {
    const orderId = electronicOrder();
    const before = dropCounts();
    const request = notificationRequested({ orderId, merchantId: 'merchant-a', channels: ['email', 'sms'] });

    await harness.deliver(request);
    await harness.deliver(request);

    expect(newDrops(before)).toMatchObject({ mail: [expect.any(String)], sms: [expect.any(String)] });
    expect(await harness.delivery(requestIdOf(request), 'email')).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('keeps a failing provider\'s error, retries through the bus, and succeeds once the provider works', async () => {
    const orderId = electronicOrder();
    const before = dropCounts();
    // A file where the SMS drop folder should be: every SMS fails until it is gone. Mail still works.
    rmSync(harness.smsDrop, { recursive: true, force: true });
    writeFileSync(harness.smsDrop, 'not a folder');
    const request = notificationRequested({ orderId, merchantId: 'merchant-a', channels: ['email', 'sms'] });
    const published = harness.deliver(request);

    await eventually(async () => {
      const sms = await harness.delivery(requestIdOf(request), 'sms');
      return sms !== null && sms.status === 'failed' && sms.attempts >= 2;
    });
    const failed = await harness.delivery(requestIdOf(request), 'sms');
    expect(failed?.lastError).toMatch(/sms-drop/);
    expect(failed?.lastError).not.toContain('0912345678');
    rmSync(harness.smsDrop, { force: true });
    await published;

    expect(await harness.delivery(requestIdOf(request), 'sms')).toMatchObject({ status: 'sent', lastError: null });
    expect(await harness.delivery(requestIdOf(request), 'email')).toMatchObject({ status: 'sent', attempts: 1 });
    expect(newDrops({ mail: before.mail, sms: 0 })).toMatchObject({ mail: [expect.any(String)], sms: [expect.any(String)] });
  });

  /** A record as an attempt that crashed after claiming it left it: `sending`, its lease running until `retryAt`. */
  async function crashedClaim(request: ReturnType<typeof notificationRequested>, orderId: string, status: 'sending' | 'failed', retryAt: Date): Promise<void> {
    const id = `${requestIdOf(request)}/email`;
    await harness.service.store.collection(deliveries).insert({
      id,
      requestId: requestIdOf(request),
      merchantId: 'merchant-a',
      orderId,
      channel: 'email',
      reason: 'issued',
      recipient: 'm***@example.com',
      status,
      attempts: 1,
      retryAt: retryAt.toISOString(),
      pending: { recipientName: 'Lin Mei', address: 'mei@example.com', form: 'electronic', links: ['wallet_link'], ticketIds: ['ticket-1', 'ticket-2'] },
      providerMessageId: null,
      lastError: status === 'failed' ? 'the SMTP exchange did not end within 10000 ms' : null,
      requestedAt: '2026-03-02T01:00:00.000Z',
      sentAt: null,
      updatedAt: harness.clock.now().toISOString(),
      sortKey: `2026-03-02T01:00:00.000Z|${id}`,
    });
  }

  it('sends a message whose sender crashed once its lease ran out, with no event delivered again', async () => {
    const orderId = electronicOrder();
    const request = notificationRequested({ orderId, merchantId: 'merchant-a' });
    const leaseEnd = new Date(harness.clock.now().getTime() + 60_000);
    await crashedClaim(request, orderId, 'sending', leaseEnd);
    const before = dropCounts();

    // The redelivered event finds the record leased: it is left to the lease, not dead-lettered.
    await harness.deliver(request);
    await harness.runJobs();
    expect(newDrops(before).mail).toEqual([]);
    expect(await harness.delivery(requestIdOf(request), 'email')).toMatchObject({ status: 'sending', attempts: 1 });

    harness.clock.set(leaseEnd);
    await harness.runJobs();

    const { mail } = newDrops(before);
    expect(mail).toHaveLength(1);
    expect(decodedBody(mail[0]!)).toContain(`${WALLET_URL}-${orderCount}`);
    expect(await harness.delivery(requestIdOf(request), 'email')).toMatchObject({ status: 'sent', attempts: 2, retryAt: null, pending: null });
    harness.clock.advance(60 * 60_000);
    await harness.runJobs();
    expect(newDrops(before).mail).toHaveLength(1);
  });

  it('tries a failed message again by itself once its retry is due (after the bus gave up on the event)', async () => {
    const orderId = electronicOrder();
    const request = notificationRequested({ orderId, merchantId: 'merchant-a' });
    const retryAt = new Date(harness.clock.now().getTime() + 120_000);
    await crashedClaim(request, orderId, 'failed', retryAt);
    const before = dropCounts();

    await harness.runJobs();
    expect(newDrops(before).mail).toEqual([]);
    harness.clock.set(retryAt);
    await harness.runJobs();

    expect(newDrops(before).mail).toHaveLength(1);
    expect(await harness.delivery(requestIdOf(request), 'email')).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('does not send a wallet link to a former buyer: a request retried after a change of buyer (R27) is superseded', async () => {
    const orderId = electronicOrder();
    harness.issuance.declare(orderId, { merchantId: 'merchant-a', walletUrl: `${WALLET_URL}-of-the-new-buyer`, buyer: { email: 'fang@example.com', phone: '0987654321' } });
    const before = dropCounts();
    const request = notificationRequested({ orderId, merchantId: 'merchant-a', channels: ['email', 'sms'] });

    await harness.deliver(request);

    expect(newDrops(before)).toEqual({ mail: [], sms: [] });
    expect(await harness.delivery(requestIdOf(request), 'email')).toMatchObject({ status: 'superseded', sentAt: null, retryAt: null, pending: null });
    expect(await harness.delivery(requestIdOf(request), 'sms')).toMatchObject({ status: 'superseded' });
    const listed = await harness.notification.ListOrderNotifications({ merchantId: 'merchant-a', orderId }, { metadata: { authorization: 'Bearer staff-of-merchant-a' } });
    expect(listed.notifications.map((row) => row.status)).toEqual(['superseded', 'superseded']);

    // The new buyer's own request goes out, with the new link.
    await harness.deliver(notificationRequested({ orderId, merchantId: 'merchant-a', reason: 'buyer_changed', recipient: { name: 'Wang Fang', email: 'fang@example.com', phone: '0987654321' } }));
    const { mail } = newDrops(before);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toContain('fang@example.com');
    expect(decodedBody(mail[0]!)).toContain(`${WALLET_URL}-of-the-new-buyer`);
  });

  it('does not send a ticket\'s wallet link to a former holder once the ticket was transferred further', async () => {
    const holder = { name: 'Chen Hao', email: 'hao@example.com', phone: '0911222333' };
    harness.issuance.declare('order-transferred', {
      merchantId: 'merchant-a',
      walletUrl: `${WALLET_URL}-buyer`,
      transferredTickets: [{ ticketId: 'ticket-9', walletUrl: `${WALLET_URL}-third-holder`, holder: { email: 'third@example.com', phone: '0922333444' } }],
    });
    const before = dropCounts();
    const request = notificationRequested({ orderId: 'order-transferred', merchantId: 'merchant-a', reason: 'ticket_transferred', recipient: holder, links: ['ticket_wallet_link'], ticketIds: ['ticket-9'], channels: ['email', 'sms'] });

    await harness.deliver(request);

    expect(newDrops(before)).toEqual({ mail: [], sms: [] });
    expect(await harness.delivery(requestIdOf(request), 'email')).toMatchObject({ status: 'superseded' });
    expect(await harness.delivery(requestIdOf(request), 'sms')).toMatchObject({ status: 'superseded' });
  });

  it('records a permanent refusal of the issuance service as failed, with its reason, and does not try it again', async () => {
    const request = notificationRequested({ orderId: 'order-never-issued', merchantId: 'merchant-a' });
    const before = harness.issuance.linkRequests;

    await harness.deliver(request);
    harness.clock.advance(24 * 60 * 60_000);
    await harness.runJobs();

    expect(harness.issuance.linkRequests).toBe(before + 1);
    const failed = await harness.delivery(requestIdOf(request), 'email');
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, retryAt: null, pending: null });
    expect(failed?.lastError).toMatch(/^ORDER_NOT_ISSUED: /);
  });

  it('records a link the issuance service does not answer as failed with DELIVERY_LINK_MISSING', async () => {
    harness.issuance.declare('order-without-link', { merchantId: 'merchant-a' });
    const request = notificationRequested({ orderId: 'order-without-link', merchantId: 'merchant-a' });

    await harness.deliver(request);

    const failed = await harness.delivery(requestIdOf(request), 'email');
    expect(failed).toMatchObject({ status: 'failed', retryAt: null });
    expect(failed?.lastError).toMatch(/^DELIVERY_LINK_MISSING: /);
    const listed = await harness.notification.ListOrderNotifications({ merchantId: 'merchant-a', orderId: 'order-without-link' }, { metadata: { authorization: 'Bearer staff-of-merchant-a' } });
    expect(listed.notifications).toMatchObject([{ status: 'failed', lastError: failed?.lastError }]);
  });

  it('gives a convenience-store order its pickup code, and a paper order the note of who prints and posts it', async () => {
    harness.issuance.declare('order-store', { merchantId: 'merchant-a', pickupCode: '123456789012' });
    harness.issuance.declare('order-paper', { merchantId: 'merchant-a', paperPrinter: 'merchant' });
    harness.issuance.declare('order-posted', { merchantId: 'merchant-a', paperPrinter: 'platform' });
    const before = dropCounts();

    await harness.deliver(
      notificationRequested({ orderId: 'order-store', merchantId: 'merchant-a', form: 'convenience_store', links: ['pickup_code'], channels: ['email', 'sms'] }),
      notificationRequested({ orderId: 'order-paper', merchantId: 'merchant-a', form: 'paper', links: [] }),
      notificationRequested({ orderId: 'order-posted', merchantId: 'merchant-a', form: 'paper', links: [] }),
    );

    const { mail, sms } = newDrops(before);
    const bodies = mail.map(decodedBody);
    expect(bodies.find((body) => body.includes('order-store'))).toContain('123456789012');
    expect(bodies.find((body) => body.includes('order-paper'))).toContain('printed and handed over or posted to you by the store');
    expect(bodies.find((body) => body.includes('order-posted'))).toContain('printed by ECTicket and posted to the address you gave');
    expect(sms).toHaveLength(1);
    expect(sms[0]).toContain('123456789012');
  });

  it('lists an order\'s deliveries masked and without the wallet link, and answers NOT_FOUND to another merchant', async () => {
    const orderId = electronicOrder();
    await harness.deliver(notificationRequested({ orderId, merchantId: 'merchant-a', channels: ['email', 'sms'] }));

    const listed = await harness.notification.ListOrderNotifications({ merchantId: 'merchant-a', orderId }, { metadata: { authorization: 'Bearer staff-of-merchant-a' } });
    expect(listed.notifications).toHaveLength(2);
    expect(JSON.stringify(listed)).not.toContain('wallet-token');
    expect(JSON.stringify(listed)).not.toContain('mei@example.com');
    expect(listed.notifications.map((row) => row.recipient).sort()).toEqual(['******5678', 'm***@example.com']);

    await expect(
      harness.notification.ListOrderNotifications({ merchantId: 'merchant-b', orderId }, { metadata: { authorization: 'Bearer staff-of-merchant-b' } }),
    ).rejects.toMatchObject({ category: 'not_found', code: 'ORDER_NOT_FOUND' });
    await expect(harness.notification.ListOrderNotifications({ merchantId: 'merchant-a', orderId })).rejects.toMatchObject({ code: 'AUTHENTICATION_REQUIRED' });
  });
});

/** The text of an RFC 822 message with its quoted-printable and base64 parts decoded. */
function decodedBody(eml: string): string {
  const quotedPrintable = eml
    .replace(/=\r?\n/g, '')
    .replace(/(?:=[0-9A-F]{2})+/g, (encoded) => Buffer.from(encoded.replace(/=/g, ''), 'hex').toString('utf8'));
  const base64Parts = [...eml.matchAll(/Content-Transfer-Encoding: base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/g)].map((match) => Buffer.from((match[1] ?? '').replace(/\s/g, ''), 'base64').toString('utf8'));
  return [quotedPrintable, ...base64Parts].join('\n');
}
