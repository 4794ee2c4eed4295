import { buildEnvelope } from '@ecticket/platform';
import { redemptionCodeHash } from '../../src/domain/codes';
import { eventually, refusalOf } from '../support/grpc';
import { type RedemptionHarness, newTicket, ticketIssuedEnvelope, type TestTicket } from '../support/harness';
import { startedWorld, type World } from '../support/world';

/**
 * A transferred ticket gets a new redemption code at the issuance service (ticket.transferred.v1
 * carries its hash): the code the giver saw no longer redeems it, the recipient's does.
 */
describe('a transferred ticket’s renewed redemption code', () => {
  let harness: RedemptionHarness;
  let world: World;
  startedWorld((started) => ({ harness, world } = started));

  const redeemByCode = (redemptionCode: string) => harness.redemption.call('RedeemTicket', { redemptionCode, qrPayload: '' }, world.eastClerk);
  const transferred = (ticket: TestTicket, newCode: string, at: Date) =>
    buildEnvelope(
      {
        type: 'ticket.transferred',
        version: 1,
        producer: 'issuance',
        merchantId: ticket.data.merchantId,
        data: { ticketId: ticket.data.ticketId, orderId: ticket.data.orderId, merchantId: ticket.data.merchantId, transferredAt: at.toISOString(), redemptionCodeHash: redemptionCodeHash(newCode) },
      },
      harness.clock,
    );
  const codeOf = () => newTicket({ merchantId: world.issuer.merchantId }, harness.clock.now()).redemptionCode;
  const hashOf = async (ticket: TestTicket) => (await harness.usage(ticket.data.ticketId))?.redemptionCodeHash;

  it('R27/R28: after a transfer the giver’s code finds nothing and the recipient’s redeems; an older transfer arriving late changes nothing', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const first = codeOf();
    const second = codeOf();
    const firstAt = new Date(harness.clock.now().getTime() + 1000);
    const secondAt = new Date(firstAt.getTime() + 1000);
    await harness.deliver(transferred(ticket, second, secondAt));
    await eventually(async () => ((await hashOf(ticket)) === redemptionCodeHash(second) ? true : undefined), 'the second transfer’s code');
    const late = transferred(ticket, first, firstAt);
    await harness.deliver(late);
    await eventually(() => harness.applied(late), 'the late transfer applied');
    expect(await hashOf(ticket)).toBe(redemptionCodeHash(second));

    for (const stale of [ticket.redemptionCode, first]) expect(await refusalOf(redeemByCode(stale))).toMatchObject({ code: 'TICKET_NOT_FOUND' });
    expect(await redeemByCode(second)).toMatchObject({ ticket: { ticketId: ticket.data.ticketId } });
  });

  it('a transfer that arrives before its ticket’s issue is applied once the issue is', async () => {
    const ticket = newTicket({ merchantId: world.issuer.merchantId }, harness.clock.now());
    const renewed = codeOf();
    await harness.deliver(transferred(ticket, renewed, new Date(harness.clock.now().getTime() + 1000)));
    await harness.deliver(ticketIssuedEnvelope(ticket.data, harness.clock));
    await eventually(async () => ((await hashOf(ticket)) === redemptionCodeHash(renewed) ? true : undefined), 'the renewed code, after a redelivery', 20_000);
  });
});
