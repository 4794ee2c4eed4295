import { parseEvent } from '@ecticket/platform';
import { ticketRedeemedV1 } from '@ecticket/contracts';
import { disableBranch, newBranch, newStaff } from '../support/accounts';
import { refusalOf } from '../support/grpc';
import type { RedemptionHarness } from '../support/harness';
import { startedWorld, JOINT_PRODUCT, type World } from '../support/world';

const DAY = 24 * 3600 * 1000;

describe('redeeming a ticket (R28) at the redemption service', () => {
  let harness: RedemptionHarness;
  let world: World;
  startedWorld((started) => ({ harness, world } = started));

  const redeemByCode = (redemptionCode: string, token: string) => harness.redemption.call('RedeemTicket', { redemptionCode, qrPayload: '' }, token);
  const redeemByQr = (qrPayload: string, token: string) => harness.redemption.call('RedeemTicket', { redemptionCode: '', qrPayload }, token);

  it('R28: redeems by the typed redemption code (any case, grouped) and answers the record with the operator and branch (R21)', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const grouped = ticket.redemptionCode.toLowerCase().replace(/(.{6})/g, '$1 ').trim();

    const redemption = await redeemByCode(grouped, world.eastClerk);

    expect(redemption).toMatchObject({
      ticket: { ticketId: ticket.data.ticketId, ticketNumber: ticket.ticketNumber, ticketType: 'TICKET_TYPE_PICKUP_VOUCHER', faceValue: 880 },
      merchantId: world.issuer.merchantId,
      operator: { accountName: 'East Clerk', branchId: world.east.id, branchName: 'Taipei East', branchCode: world.east.code },
      redeemedAt: harness.clock.now().toISOString(),
      cancellation: null,
    });
    expect((await harness.usage(ticket.data.ticketId))?.state).toBe('redeemed');
  });

  it('R28: redeems by a scanned QR payload whose signature verifies', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const redemption = await redeemByQr(harness.issuance.signQr(ticket.ticketNumber, ticket.redemptionCode), world.headOffice);
    expect(redemption.ticket?.ticketId).toBe(ticket.data.ticketId);
  });

  it('R28: a QR payload whose signature does not verify is refused before any lookup, even for a ticket that does not exist', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const forged = harness.issuance.forgeQr(ticket.ticketNumber, ticket.redemptionCode);
    const tampered = harness.issuance.signQr(ticket.ticketNumber, ticket.redemptionCode).replace(ticket.ticketNumber, '0'.repeat(16));
    const forgedUnknown = harness.issuance.forgeQr('1'.repeat(16), '2'.repeat(18));

    for (const payload of [forged, tampered, forgedUnknown, 'not-a-qr-code']) {
      expect(await refusalOf(redeemByQr(payload, world.headOffice))).toMatchObject({ category: 'invalid_argument', code: 'INVALID_QR_PAYLOAD' });
    }
    expect((await harness.usage(ticket.data.ticketId))?.state).toBe('unused');
  });

  it('refuses an unknown code as TICKET_NOT_FOUND, a malformed one as INVALID_REDEMPTION_CODE, and neither or both references', async () => {
    expect(await refusalOf(redeemByCode('ABCDEFGHJKMNPQRSTV', world.headOffice))).toMatchObject({ category: 'not_found', code: 'TICKET_NOT_FOUND' });
    expect(await refusalOf(redeemByCode('short', world.headOffice))).toMatchObject({ code: 'INVALID_REDEMPTION_CODE' });
    expect(await refusalOf(redeemByCode('', world.headOffice))).toMatchObject({ code: 'ONE_TICKET_REFERENCE_REQUIRED' });
    expect(await refusalOf(harness.redemption.call('RedeemTicket', { redemptionCode: 'X', qrPayload: 'Y' }, world.headOffice))).toMatchObject({
      code: 'ONE_TICKET_REFERENCE_REQUIRED',
    });
  });

  it('refuses a ticket before its usable-from instant, and after its expiry', async () => {
    const now = harness.clock.now().getTime();
    const later = await harness.issue({ merchantId: world.issuer.merchantId, usableFrom: new Date(now + DAY).toISOString() });
    const past = await harness.issue({ merchantId: world.issuer.merchantId, expiresAt: new Date(now - 1).toISOString() });

    expect(await refusalOf(redeemByCode(later.redemptionCode, world.headOffice))).toMatchObject({
      category: 'failed_precondition',
      code: 'TICKET_NOT_YET_USABLE',
      details: { usableFrom: new Date(now + DAY).toISOString() },
    });
    expect(await refusalOf(redeemByCode(past.redemptionCode, world.headOffice))).toMatchObject({ category: 'failed_precondition', code: 'TICKET_EXPIRED' });
  });

  it('usable-from and expiry in another offset are compared as instants', async () => {
    const now = harness.clock.now();
    const taipeiMidnightTomorrow = new Date(now.getTime() + DAY).toISOString().slice(0, 10) + 'T00:00:00+08:00';
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId, expiresAt: taipeiMidnightTomorrow });
    expect((await harness.usage(ticket.data.ticketId))?.expiresAt).toBe(new Date(taipeiMidnightTomorrow).toISOString());
    await expect(redeemByCode(ticket.redemptionCode, world.headOffice)).resolves.toBeDefined();
  });

  it('refuses a redeemed ticket with TICKET_ALREADY_REDEEMED saying when and where', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const first = await redeemByCode(ticket.redemptionCode, world.westClerk);

    expect(await refusalOf(redeemByCode(ticket.redemptionCode, world.eastClerk))).toEqual({
      category: 'conflict',
      code: 'TICKET_ALREADY_REDEEMED',
      details: { redeemedAt: first.redeemedAt, branchName: 'Taipei West', branchCode: world.west.code },
    });
  });

  it('refuses a returned ticket with TICKET_RETURNED', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    await harness.redemption.call('ReturnTicket', { ticketNumber: ticket.ticketNumber, redemptionCode: '', reason: 'changed plans' }, world.headOffice);
    expect(await refusalOf(redeemByCode(ticket.redemptionCode, world.headOffice))).toMatchObject({ category: 'conflict', code: 'TICKET_RETURNED' });
  });

  it('R13: refuses an operator without the `redeem` node (from CheckPrincipal), and a call without a token', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const reporter = await newStaff(harness, world.issuer, { permissions: ['reports'] });

    expect(await refusalOf(redeemByCode(ticket.redemptionCode, reporter))).toMatchObject({ category: 'permission_denied', code: 'PERMISSION_REQUIRED' });
    expect(await refusalOf(harness.redemption.call('RedeemTicket', { redemptionCode: ticket.redemptionCode, qrPayload: '' }))).toMatchObject({
      category: 'unauthenticated',
      code: 'AUTHENTICATION_REQUIRED',
    });
    expect((await harness.usage(ticket.data.ticketId))?.state).toBe('unused');
  });

  it('R23: refuses a clerk of a disabled branch (CheckPrincipal with mutating=true)', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const north = await newBranch(harness, world.issuer, 'Taipei North');
    const northClerk = await newStaff(harness, world.issuer, { branch: north });
    await disableBranch(harness, world.issuer, north);

    expect(await refusalOf(redeemByCode(ticket.redemptionCode, northClerk))).toMatchObject({ category: 'permission_denied', code: 'BRANCH_DISABLED' });
  });

  it('R22.3, R31: with a redemption-branch list only listed branches redeem; head office ignores the list (R22)', async () => {
    const listed = { merchantId: world.issuer.merchantId, redemptionBranchIds: [world.east.id] };
    const atWest = await harness.issue(listed);
    const atEast = await harness.issue(listed);
    const atHeadOffice = await harness.issue(listed);

    expect(await refusalOf(redeemByCode(atWest.redemptionCode, world.westClerk))).toEqual({
      category: 'permission_denied',
      code: 'BRANCH_NOT_ALLOWED',
      details: { branchId: world.west.id },
    });
    await expect(redeemByCode(atEast.redemptionCode, world.eastClerk)).resolves.toMatchObject({ operator: { branchId: world.east.id } });
    await expect(redeemByCode(atHeadOffice.redemptionCode, world.headOffice)).resolves.toMatchObject({ operator: { branchId: '' } });
  });

  it('R18: a linked redeemable store redeems the products opened to it, and the record names the store', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId, productId: JOINT_PRODUCT, redemptionBranchIds: [world.east.id] });

    const redemption = await redeemByCode(ticket.redemptionCode, world.partnerClerk);

    expect(redemption).toMatchObject({ merchantId: world.partner.merchantId, ticket: { issuerMerchantId: world.issuer.merchantId } });
    const event = parseEvent(ticketRedeemedV1, await harness.eventOf('ticket.redeemed', ticket.data.ticketId));
    expect(event.data).toMatchObject({ merchantId: world.issuer.merchantId, redeemedByMerchantId: world.partner.merchantId });
  });

  it('R18: to any other merchant a typed code answers TICKET_NOT_FOUND (existence does not leak); a verified QR answers NOT_A_REDEEMABLE_STORE', async () => {
    const joint = await harness.issue({ merchantId: world.issuer.merchantId, productId: JOINT_PRODUCT });
    const notOpened = await harness.issue({ merchantId: world.issuer.merchantId, productId: 'product-2' });

    expect(await refusalOf(redeemByCode(joint.redemptionCode, world.strangerClerk))).toMatchObject({ category: 'not_found', code: 'TICKET_NOT_FOUND' });
    expect(await refusalOf(redeemByCode(notOpened.redemptionCode, world.partnerClerk))).toMatchObject({ category: 'not_found', code: 'TICKET_NOT_FOUND' });
    expect(await refusalOf(redeemByQr(harness.issuance.signQr(notOpened.ticketNumber, notOpened.redemptionCode), world.partnerClerk))).toMatchObject({
      category: 'permission_denied',
      code: 'NOT_A_REDEEMABLE_STORE',
    });
    expect((await harness.usage(notOpened.data.ticketId))?.state).toBe('unused');
  });

  it('T1: 100 concurrent redemptions of one ticket over gRPC: exactly one succeeds, 99 are TICKET_ALREADY_REDEEMED conflicts, one record, one event', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const clerks = [world.headOffice, world.eastClerk, world.westClerk];

    const outcomes = await Promise.allSettled(Array.from({ length: 100 }, (_, index) => redeemByCode(ticket.redemptionCode, clerks[index % clerks.length] ?? '')));

    const succeeded = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as { category: string; code: string }] : []));
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(99);
    expect(refused.every((error) => error.category === 'conflict' && error.code === 'TICKET_ALREADY_REDEEMED')).toBe(true);
    const history = await harness.redemption.call('GetTicketUsage', { ticketId: ticket.data.ticketId, ticketNumber: '', redemptionCode: '' }, world.headOffice);
    expect(history.redemptions).toHaveLength(1);
    await harness.eventOf('ticket.redeemed', ticket.data.ticketId);
    await harness.service.relay.flush();
    expect(harness.published.filter((event) => event.type === 'ticket.redeemed' && (event.data as { ticketId: string }).ticketId === ticket.data.ticketId)).toHaveLength(1);
  });

  it('ticket.redeemed.v1 parses against its contract and carries the operator as reports show it (R21)', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const redemption = await redeemByCode(ticket.redemptionCode, world.eastClerk);

    const event = parseEvent(ticketRedeemedV1, await harness.eventOf('ticket.redeemed', ticket.data.ticketId));

    expect(event.merchantId).toBe(world.issuer.merchantId);
    expect(event.data).toEqual({
      ticketId: ticket.data.ticketId,
      ticketNumber: ticket.ticketNumber,
      orderId: ticket.data.orderId,
      merchantId: world.issuer.merchantId,
      productId: ticket.data.productId,
      ticketType: 'pickup_voucher',
      faceValue: 880,
      operator: { accountId: redemption.operator?.accountId, accountName: 'East Clerk', branchId: world.east.id, branchName: 'Taipei East', branchCode: world.east.code },
      redemptionId: redemption.id,
      redeemedByMerchantId: world.issuer.merchantId,
      redeemedAt: redemption.redeemedAt,
    });
    expect(JSON.stringify(event)).not.toContain(ticket.redemptionCode);
  });
});
