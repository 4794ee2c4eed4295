import { buyerNotification, recipientNotification } from '../../src/domain/notification';
import { abandonOrder } from '../../src/domain/order';
import { recordAuthorization, recordPaymentFailure, recordVoid } from '../../src/domain/order-payment';
import { holderUsage, transferTicket, withUsage } from '../../src/domain/ticket';
import { issueContext, issuedTickets, now, order, paid } from '../support/fixtures';
import { issue } from '../../src/domain/issuance';

const system = { kind: 'system' as const, accountId: null, name: 'system', branch: null };
const authorization = { paymentId: 'pay-1', amount: 1600, processor: 'test', authorizedAt: now.toISOString() };

describe('payment reports', () => {
  it('an authorization of the order’s amount makes it authorized; again, it changes nothing', () => {
    const outcome = recordAuthorization(order(), authorization, now);
    expect(outcome).toMatchObject({ kind: 'applied', order: { state: 'authorized', payment: { paymentId: 'pay-1', status: 'authorized', authorizedAt: now.toISOString() } } });
    if (outcome.kind !== 'applied') throw new Error('not applied');
    expect(recordAuthorization(outcome.order, authorization, now)).toEqual({ kind: 'ignored', reason: 'already_applied' });
  });

  it('an authorization of another amount changes nothing', () => {
    expect(recordAuthorization(order(), { ...authorization, amount: 1599 }, now)).toEqual({ kind: 'ignored', reason: 'amount_mismatch' });
  });

  it('a failure is recorded; the order still awaits payment', () => {
    expect(recordPaymentFailure(order(), { paymentId: 'pay-1', reason: 'declined' }, now)).toMatchObject({
      kind: 'applied',
      order: { state: 'awaiting_payment', payment: { status: 'failed', lastFailure: 'declined' } },
    });
    expect(recordPaymentFailure(paid(order()), { paymentId: 'pay-1', reason: 'late' }, now)).toEqual({ kind: 'ignored', reason: 'wrong_state' });
  });

  it('a void is recorded on the abandoned order, and voids an authorized one', () => {
    const abandoned = abandonOrder(paid(order()), 'abandoned', system, now);
    expect(recordVoid(abandoned, { reason: 'abandoned', voidedAt: now.toISOString() }, now)).toMatchObject({
      kind: 'applied',
      order: { state: 'voided', abandonment: abandoned.abandonment, payment: { status: 'voided', voidedAt: now.toISOString() } },
    });
    expect(recordVoid(paid(order()), { reason: 'issuance_window_expired', voidedAt: now.toISOString() }, now)).toMatchObject({
      order: { state: 'voided', abandonment: { reason: 'issuance_window_expired' } },
    });
    expect(recordVoid(order(), { reason: 'abandoned', voidedAt: now.toISOString() }, now)).toEqual({ kind: 'ignored', reason: 'wrong_state' });
  });
});

describe('R16: notifications', () => {
  const context = { id: 'n1', smsEnabled: false, actor: system, now };

  it('go by e-mail, and by SMS too when the merchant’s SMS service is on and the buyer has a phone', () => {
    const issued = paid(order());
    const tickets = issuedTickets(issued);
    expect(buyerNotification(issued, tickets, 'issued', context).channels).toEqual(['email']);
    expect(buyerNotification(issued, tickets, 'issued', { ...context, smsEnabled: true }).channels).toEqual(['email', 'sms']);
    const noPhone = { ...issued, buyer: { ...issued.buyer, phone: '' } };
    expect(buyerNotification(noPhone, tickets, 'resend', { ...context, smsEnabled: true }).channels).toEqual(['email']);
  });

  it('name the link the form delivers by, never the link itself', () => {
    const links = (form: 'electronic' | 'convenience_store' | 'paper') => {
      const issued = paid(order({ form, paperPrinter: 'merchant' }));
      return buyerNotification(issued, issuedTickets(issued), 'resend', context).links;
    };
    expect([links('electronic'), links('convenience_store'), links('paper')]).toEqual([['wallet_link'], ['pickup_code'], []]);
  });

  it('tell the buyer about the tickets they still hold, and a transfer’s recipient about theirs', () => {
    const issued = paid(order());
    const [first, second] = issuedTickets(issued);
    if (!first || !second) throw new Error('no tickets');
    const given = transferTicket(first, { name: 'Chen', email: 'chen@example.com', phone: '0911000111' }, now, 'NEWCODE0000000000A');
    expect(buyerNotification(issued, [given, second], 'resend', context).ticketIds).toEqual([second.id]);
    expect(() => buyerNotification(issued, [given], 'resend', context)).toThrow(expect.objectContaining({ code: 'NO_TICKETS_HELD_BY_BUYER' }));
    expect(recipientNotification(issued, given, { id: 'n2', smsEnabled: true, now })).toMatchObject({
      reason: 'ticket_transferred',
      recipient: { name: 'Chen', email: 'chen@example.com' },
      channels: ['email', 'sms'],
      links: ['ticket_wallet_link'],
      ticketIds: [given.id],
    });
  });
});

describe('tickets', () => {
  const recipient = { name: 'Chen', email: 'chen@example.com', phone: '' };

  it('only unused electronic tickets are transferred', () => {
    const [electronic] = issuedTickets(paid(order()));
    const [paper] = issue(paid(order({ form: 'paper', paperPrinter: 'merchant' })), issueContext()).tickets;
    if (!electronic || !paper) throw new Error('no tickets');
    expect(transferTicket(electronic, recipient, now, 'NEWCODE0000000000A')).toMatchObject({ holder: recipient, holderVersion: 1, redemptionCode: 'NEWCODE0000000000A' });
    expect(() => transferTicket(paper, recipient, now, 'NEWCODE0000000000A')).toThrow(expect.objectContaining({ code: 'TICKET_NOT_TRANSFERABLE' }));
    const redeemed = withUsage(electronic, 'redeemed', now.toISOString());
    expect(() => transferTicket(redeemed, recipient, now, 'NEWCODE0000000000A')).toThrow(expect.objectContaining({ code: 'TICKET_NOT_UNUSED' }));
    const afterExpiry = new Date(Date.parse(electronic.expiresAt ?? '') + 1);
    expect(() => transferTicket(electronic, recipient, afterExpiry, 'NEWCODE0000000000A')).toThrow(expect.objectContaining({ code: 'TICKET_NOT_UNUSED' }));
  });

  it("a holder sees a ticket's reported usage, or expired once an unused ticket passed its expiry", () => {
    const [ticket] = issuedTickets(paid(order()));
    if (!ticket?.expiresAt) throw new Error('no ticket with an expiry');
    const afterExpiry = new Date(Date.parse(ticket.expiresAt));
    expect(holderUsage(ticket, now)).toBe('unused');
    expect(holderUsage(ticket, afterExpiry)).toBe('expired');
    expect(holderUsage(withUsage(ticket, 'redeemed', now.toISOString()), afterExpiry)).toBe('redeemed');
    expect(holderUsage(withUsage(ticket, 'returned', now.toISOString()), now)).toBe('returned');
  });

  it('usage reports arriving out of order keep the latest', () => {
    const [ticket] = issuedTickets(paid(order()));
    if (!ticket) throw new Error('no ticket');
    const cancelled = withUsage(withUsage(ticket, 'redeemed', '2026-03-02T00:00:00.000Z'), 'unused', '2026-03-03T00:00:00.000Z');
    expect(withUsage(cancelled, 'redeemed', '2026-03-02T00:00:00.000Z').usage).toEqual({ state: 'unused', at: '2026-03-03T00:00:00.000Z' });
  });
});
