import { ConfigError } from '@ecticket/platform';
import { loadNotificationConfig } from '../../src/config';
import { errorSummary, maskEmail, maskPhone, MAX_DELIVERY_ATTEMPTS, retryAtAfterFailure, sameAddress, sendDecision, type Delivery } from '../../src/domain/delivery';
import { renderEmail, renderSms, type MessageContent } from '../../src/domain/message';

const now = new Date('2026-03-02T01:00:00.000Z');

function record(status: Delivery['status'], retryAt: string | null): Delivery {
  return {
    id: 'request-1/email',
    requestId: 'request-1',
    merchantId: 'merchant-a',
    orderId: 'order-1',
    channel: 'email',
    reason: 'issued',
    recipient: 'm***@example.com',
    status,
    attempts: 1,
    retryAt,
    pending: null,
    providerMessageId: null,
    lastError: null,
    requestedAt: now.toISOString(),
    sentAt: null,
    updatedAt: now.toISOString(),
    sortKey: '',
  };
}

describe('the delivery log', () => {
  it.each([
    ['no record yet', 'send', null],
    ['sent', 'settled', record('sent', null)],
    ['superseded', 'settled', record('superseded', null)],
    ['failed', 'send', record('failed', null)],
    ['being sent, lease running', 'being_sent', record('sending', '2026-03-02T01:00:30.000Z')],
    ['being sent, lease run out', 'send', record('sending', '2026-03-02T00:59:59.999Z')],
  ] as const)('decides for a record %s: %s', (_label, decision, existing) => {
    expect(sendDecision(existing, now)).toBe(decision);
  });

  it('masks addresses, in the log and in a provider error quoting them', () => {
    expect(maskEmail('mei@example.com')).toBe('m***@example.com');
    expect(maskEmail('broken')).toBe('***');
    expect(maskPhone('0912-345-678')).toBe('******5678');
    expect(maskPhone('123')).toBe('****');
    expect(errorSummary(new Error('550 mailbox\n  mei@example.com unavailable'), 'email', 'mei@example.com')).toBe('550 mailbox m***@example.com unavailable');
  });

  it('keeps no link and no phone number in another spelling out of a provider error that quotes the message', () => {
    const quoted = new Error('554 5.7.1 rejected: "Your tickets: https://tickets.example/wallet/o.abc tickets.example/wallet/o.def" for +886 912-345-678 (0912 345 678)');
    const summary = errorSummary(quoted, 'sms', '0912345678');
    expect(summary).toBe('554 5.7.1 rejected: "Your tickets: [link] [link] for [number] ([number])');
  });

  it('knows one recipient by differently spelled addresses', () => {
    expect(sameAddress('email', 'Mei@Example.com ', 'mei@example.com')).toBe(true);
    expect(sameAddress('email', 'fang@example.com', 'mei@example.com')).toBe(false);
    expect(sameAddress('sms', '0912-345-678', '0912345678')).toBe(true);
    expect(sameAddress('sms', '', '0912345678')).toBe(false);
  });

  it('tries a failed message again later with every attempt, and not at all once its attempts ran out', () => {
    expect(retryAtAfterFailure(1, now, 60_000)).toBe('2026-03-02T01:01:00.000Z');
    expect(retryAtAfterFailure(3, now, 60_000)).toBe('2026-03-02T01:03:00.000Z');
    expect(retryAtAfterFailure(MAX_DELIVERY_ATTEMPTS - 1, now, 3_600_000)).toBe('2026-03-02T02:00:00.000Z');
    expect(retryAtAfterFailure(MAX_DELIVERY_ATTEMPTS, now, 60_000)).toBeNull();
  });
});

describe('messages', () => {
  const content = (access: MessageContent['access']): MessageContent => ({ reason: 'issued', recipientName: '<Mei>', merchantName: 'Tea & Co', orderReference: 'T0001', ticketCount: 2, access });

  it('renders an e-mail in Traditional Chinese and English, with the wallet link as an anchor and the name escaped in HTML', () => {
    const email = renderEmail(content({ kind: 'wallet', walletUrls: ['https://tickets.example/wallet/abc'] }));
    expect(email.subject).toBe('Tea & Co 您的票券 Your tickets – T0001');
    expect(email.text).toContain('您的票券已開立。');
    expect(email.text).toContain('Your tickets have been issued.');
    expect(email.text).toContain('票券張數:2');
    expect(email.html).toContain('<a href="https://tickets.example/wallet/abc">');
    expect(email.html).toContain('&lt;Mei&gt;');
    expect(email.html).not.toContain('<Mei>');
  });

  it('puts the pickup code or the paper note in the SMS', () => {
    expect(renderSms(content({ kind: 'pickup_code', pickupCode: '123456789012' }))).toContain('123456789012');
    expect(renderSms(content({ kind: 'paper', printedBy: 'merchant' }))).toContain('printed and posted');
  });
});

describe('configuration', () => {
  it('defaults to the file transports under DATA_DIR', () => {
    expect(loadNotificationConfig({ DATA_DIR: '/tmp/data' })).toMatchObject({
      email: { kind: 'file', directory: '/tmp/data/mail-drop' },
      sms: { kind: 'file', directory: '/tmp/data/sms-drop' },
      emailFrom: 'ECTicket <no-reply@ecticket.local>',
    });
  });

  it('takes SMTP and webhook URLs, and refuses anything else without repeating the value', () => {
    expect(loadNotificationConfig({ NOTIFICATION_EMAIL_TRANSPORT: 'smtps://user:pass@mail.example:465', NOTIFICATION_SMS_TRANSPORT: 'https://sms.example/send' })).toMatchObject({
      email: { kind: 'smtp', url: 'smtps://user:pass@mail.example:465' },
      sms: { kind: 'webhook', url: 'https://sms.example/send' },
    });
    expect(() => loadNotificationConfig({ NOTIFICATION_SMS_TRANSPORT: 'http://sms.example/send' })).toThrow(ConfigError);
    const refusal = refusalOf(() => loadNotificationConfig({ NOTIFICATION_EMAIL_TRANSPORT: 'ftp://user:secret-pass@mail.example' }));
    expect(refusal).toContain('NOTIFICATION_EMAIL_TRANSPORT');
    expect(refusal).not.toContain('secret-pass');
    expect(() => loadNotificationConfig({ NOTIFICATION_PROVIDER_TIMEOUT_MS: '60000', NOTIFICATION_SENDING_LEASE_SECONDS: '60' })).toThrow(/NOTIFICATION_SENDING_LEASE_SECONDS/);
  });

  it('refuses a webhook URL with credentials in it, and a From that is not one e-mail address', () => {
    const credentials = refusalOf(() => loadNotificationConfig({ NOTIFICATION_SMS_TRANSPORT: 'https://user:secret-token@sms.example/send' }));
    expect(credentials).toContain('NOTIFICATION_SMS_TRANSPORT');
    expect(credentials).not.toContain('secret-token');
    for (const from of ['ECTicket', 'ECTicket <no-reply>', 'a@example.com, b@example.com']) {
      expect(refusalOf(() => loadNotificationConfig({ NOTIFICATION_EMAIL_FROM: from }))).toContain('NOTIFICATION_EMAIL_FROM');
    }
    expect(loadNotificationConfig({ NOTIFICATION_EMAIL_FROM: 'Tea House <tickets@tea.example>' }).emailFrom).toBe('Tea House <tickets@tea.example>');
  });
});

function refusalOf(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    return String(error);
  }
  throw new Error('expected the configuration to be refused');
}
