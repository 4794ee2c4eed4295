import { inboxCollection, parseEvent } from '@ecticket/platform';
import { ticketExpiredV1 } from '@ecticket/contracts';
import { newMerchant, newStaff } from '../support/accounts';
import { eventually, refusalOf } from '../support/grpc';
import { RedemptionHarness, newTicket, ticketIssuedEnvelope } from '../support/harness';

const DAY = 24 * 3600 * 1000;

describe('usage records from ticket.issued.v1, and expiry', () => {
  let harness: RedemptionHarness;
  let merchantId: string;
  let clerk: string;

  beforeAll(async () => {
    harness = await new RedemptionHarness().start();
    const merchant = await newMerchant(harness, 'Teahouse');
    merchantId = merchant.merchantId;
    clerk = await newStaff(harness, merchant);
  });

  afterAll(() => harness.stop());

  const redeemByCode = (redemptionCode: string) => harness.redemption.call('RedeemTicket', { redemptionCode, qrPayload: '' }, clerk);

  it('a ticket.issued delivered twice, or announced again in another event, makes one usage record, left as it is', async () => {
    const ticket = newTicket({ merchantId }, harness.clock.now());
    const envelope = ticketIssuedEnvelope(ticket.data, harness.clock);
    await harness.deliver(envelope);
    await harness.deliver(envelope);
    await eventually(() => harness.usage(ticket.data.ticketId), 'the usage record');
    await redeemByCode(ticket.redemptionCode);

    await harness.deliver(ticketIssuedEnvelope(ticket.data, harness.clock));
    const duplicate = ticketIssuedEnvelope({ ...ticket.data, faceValue: 1 }, harness.clock);
    await harness.deliver(duplicate);

    await eventually(async () => (await harness.eventBus.deadLetters('redemption')).length === 0 && (await inboxHas(duplicate.id)), 'the duplicate consumed');
    const usage = await harness.usage(ticket.data.ticketId);
    expect(usage).toMatchObject({ state: 'redeemed', ticket: { faceValue: 880 }, revision: 2 });
  });

  it('a ticket.issued that breaks its contract is dead-lettered after the bounded retries, and consumption goes on', async () => {
    const malformed = ticketIssuedEnvelope({ ...newTicket({ merchantId }, harness.clock.now()).data, ticketNumber: 'too-short' }, harness.clock);
    await harness.deliver(malformed);
    const after = await harness.issue({ merchantId });

    await eventually(async () => (await harness.eventBus.deadLetters('redemption')).some((letter) => letter.envelope.id === malformed.id), 'the dead letter');
    expect(await harness.usage(after.data.ticketId)).not.toBeNull();
  });

  it('a ticket announced without a redemption-code hash is still redeemed by its QR code, but not found by a typed code', async () => {
    const ticket = await harness.issue({ merchantId, redemptionCodeHash: undefined });
    expect(await refusalOf(redeemByCode(ticket.redemptionCode))).toMatchObject({ code: 'TICKET_NOT_FOUND' });
    await expect(harness.redemption.call('RedeemTicket', { redemptionCode: '', qrPayload: harness.issuance.signQr(ticket.ticketNumber, ticket.redemptionCode) }, clerk)).resolves.toBeDefined();
  });

  it('unused → expired: the scheduled job marks unused tickets past their expiry, with ticket.expired.v1; used ones stay as they are', async () => {
    const expiresAt = new Date(harness.clock.now().getTime() + 2 * DAY).toISOString();
    const unused = await harness.issue({ merchantId, expiresAt });
    const redeemed = await harness.issue({ merchantId, expiresAt });
    const lasting = await harness.issue({ merchantId, expiresAt: new Date(harness.clock.now().getTime() + 30 * DAY).toISOString() });
    await redeemByCode(redeemed.redemptionCode);

    harness.clock.advance(2 * DAY);
    await harness.service.scheduler.runDueJobs();

    await eventually(async () => (await harness.usage(unused.data.ticketId))?.state === 'expired', 'the expiry');
    expect((await harness.usage(redeemed.data.ticketId))?.state).toBe('redeemed');
    expect((await harness.usage(lasting.data.ticketId))?.state).toBe('unused');
    const event = parseEvent(ticketExpiredV1, await harness.eventOf('ticket.expired', unused.data.ticketId));
    expect(event.data).toMatchObject({ ticketId: unused.data.ticketId, expiresAt, expiredAt: harness.clock.now().toISOString() });
    expect(await refusalOf(redeemByCode(unused.redemptionCode))).toMatchObject({ code: 'TICKET_EXPIRED' });
  });

  async function inboxHas(eventId: string): Promise<boolean> {
    return (await harness.service.store.collection(inboxCollection).get(`redemption/${eventId}`)) !== null;
  }
});
