import { parseEvent } from '@ecticket/platform';
import { ticketReturnedV1 } from '@ecticket/contracts';
import { newStaff } from '../support/accounts';
import { refusalOf } from '../support/grpc';
import type { RedemptionHarness } from '../support/harness';
import { startedWorld, JOINT_PRODUCT, type World } from '../support/world';

const DAY = 24 * 3600 * 1000;

describe('returning a ticket (R29) at the redemption service', () => {
  let harness: RedemptionHarness;
  let world: World;
  startedWorld((started) => ({ harness, world } = started));

  const returnBy = (reference: { ticketNumber?: string; redemptionCode?: string }, token: string, reason = 'bought by mistake') =>
    harness.redemption.call('ReturnTicket', { ticketNumber: '', redemptionCode: '', reason, ...reference }, token);

  it('R29: returns by ticket number, with the reason, operator and branch on the record (R21)', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });

    const returned = await returnBy({ ticketNumber: ticket.ticketNumber }, world.eastClerk, '  customer moved away ');

    expect(returned).toMatchObject({
      ticket: { ticketId: ticket.data.ticketId },
      merchantId: world.issuer.merchantId,
      reason: 'customer moved away',
      operator: { accountName: 'East Clerk', branchName: 'Taipei East', branchCode: world.east.code, label: `Taipei East (${world.east.code})` },
      returnedAt: harness.clock.now().toISOString(),
      cancellation: null,
    });
    expect((await harness.usage(ticket.data.ticketId))?.state).toBe('returned');
  });

  it('R29: returns by redemption code', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    await expect(returnBy({ redemptionCode: ticket.redemptionCode }, world.headOffice)).resolves.toMatchObject({ ticket: { ticketId: ticket.data.ticketId } });
  });

  it('R11: a pickup voucher returned inside its guarantee period is refunded to the card; past it the merchant settles; a gift voucher has nothing to refund', async () => {
    const now = harness.clock.now().getTime();
    const inside = await harness.issue({ merchantId: world.issuer.merchantId, guaranteeEndsAt: new Date(now + DAY).toISOString() });
    const past = await harness.issue({ merchantId: world.issuer.merchantId, guaranteeEndsAt: new Date(now).toISOString() });
    const gift = await harness.issue({ merchantId: world.issuer.merchantId, ticketType: 'gift_voucher', faceValue: 0, guaranteeEndsAt: null });

    expect((await returnBy({ ticketNumber: inside.ticketNumber }, world.headOffice)).refund).toBe('REFUND_CARD');
    expect((await returnBy({ ticketNumber: past.ticketNumber }, world.headOffice)).refund).toBe('REFUND_MERCHANT');
    expect((await returnBy({ ticketNumber: gift.ticketNumber }, world.headOffice)).refund).toBe('REFUND_NONE');

    const refunds = await Promise.all(
      [inside, past, gift].map(async (ticket) => parseEvent(ticketReturnedV1, await harness.eventOf('ticket.returned', ticket.data.ticketId)).data.refund),
    );
    expect(refunds).toEqual(['card', 'merchant', 'none']);
  });

  it('R22.4, R31: with a return-branch list only listed branches return; head office ignores the list', async () => {
    const listed = { merchantId: world.issuer.merchantId, returnBranchIds: [world.west.id] };
    const atEast = await harness.issue(listed);
    const atWest = await harness.issue(listed);
    const atHeadOffice = await harness.issue(listed);

    expect(await refusalOf(returnBy({ ticketNumber: atEast.ticketNumber }, world.eastClerk))).toMatchObject({ code: 'BRANCH_NOT_ALLOWED' });
    await expect(returnBy({ ticketNumber: atWest.ticketNumber }, world.westClerk)).resolves.toBeDefined();
    await expect(returnBy({ ticketNumber: atHeadOffice.ticketNumber }, world.headOffice)).resolves.toBeDefined();
  });

  it('a reason is required', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    expect(await refusalOf(returnBy({ ticketNumber: ticket.ticketNumber }, world.headOffice, '   '))).toMatchObject({
      category: 'invalid_argument',
      code: 'REASON_REQUIRED',
    });
  });

  it('only the issuer returns: a redeemable store, like any other merchant, is told the ticket does not exist', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId, productId: JOINT_PRODUCT });
    expect(await refusalOf(returnBy({ ticketNumber: ticket.ticketNumber }, world.partnerClerk))).toMatchObject({ code: 'TICKET_NOT_FOUND' });
    expect(await refusalOf(returnBy({ ticketNumber: ticket.ticketNumber }, world.strangerClerk))).toMatchObject({ code: 'TICKET_NOT_FOUND' });
  });

  it('refuses a redeemed, a returned and an expired ticket', async () => {
    const redeemed = await harness.issue({ merchantId: world.issuer.merchantId });
    await harness.redemption.call('RedeemTicket', { redemptionCode: redeemed.redemptionCode, qrPayload: '' }, world.headOffice);
    const twice = await harness.issue({ merchantId: world.issuer.merchantId });
    await returnBy({ ticketNumber: twice.ticketNumber }, world.headOffice);
    const expired = await harness.issue({ merchantId: world.issuer.merchantId, expiresAt: harness.clock.now().toISOString() });

    expect(await refusalOf(returnBy({ ticketNumber: redeemed.ticketNumber }, world.headOffice))).toMatchObject({ code: 'TICKET_ALREADY_REDEEMED' });
    expect(await refusalOf(returnBy({ ticketNumber: twice.ticketNumber }, world.headOffice))).toMatchObject({ code: 'TICKET_RETURNED' });
    expect(await refusalOf(returnBy({ ticketNumber: expired.ticketNumber }, world.headOffice))).toMatchObject({ code: 'TICKET_EXPIRED' });
  });

  it('R13: needs the `return` node', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const redeemer = await newStaff(harness, world.issuer, { permissions: ['redeem'] });
    expect(await refusalOf(returnBy({ ticketNumber: ticket.ticketNumber }, redeemer))).toMatchObject({ code: 'PERMISSION_REQUIRED' });
  });
});
