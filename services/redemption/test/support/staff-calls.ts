import type { RedemptionHarness, TestTicket } from './harness';

/** The staff operations the cancellation tests repeat, on the harness `current()` answers (it is started in beforeAll). */
export function staffCalls(current: () => RedemptionHarness) {
  return {
    redeem: (ticket: TestTicket, token: string) => current().redemption.call('RedeemTicket', { redemptionCode: ticket.redemptionCode, qrPayload: '' }, token),
    giveBack: (ticket: TestTicket, token: string) =>
      current().redemption.call('ReturnTicket', { ticketNumber: ticket.ticketNumber, redemptionCode: '', reason: 'unwanted gift' }, token),
    cancelRedemption: (redemptionId: string, token: string, reason = 'wrong ticket scanned') => current().redemption.call('CancelRedemption', { redemptionId, reason }, token),
    cancelReturn: (returnId: string, token: string, reason = 'buyer changed their mind') => current().redemption.call('CancelReturn', { returnId, reason }, token),
  };
}
