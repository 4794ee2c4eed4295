import { newId } from '@ecticket/platform';
import { ticketRedeemed } from '../domain/events';
import type { Redemption } from '../domain/records';
import { ticketReferenceOf } from '../domain/ticket-reference';
import { redeem } from '../domain/usage';
import { redemptions } from '../infrastructure/collections';
import { authorize } from './authorize';
import { insertRecord, replaceUsage } from './persistence';
import type { RedemptionDeps } from './ports';
import { assertMayRedeem, findTicket, usageById } from './tickets';
import { transact } from './transact';

export interface RedeemTicketInput {
  readonly redemptionCode: string;
  readonly qrPayload: string;
}

/** R28: by a typed redemption code or a scanned QR payload; one CheckPrincipal, one indexed lookup, one atomic write. */
export async function redeemTicket(deps: RedemptionDeps, accessToken: string | null, input: RedeemTicketInput): Promise<Redemption> {
  const reference = ticketReferenceOf({ redemptionCode: input.redemptionCode, qrPayload: input.qrPayload });
  const staff = await authorize(deps, accessToken, { permission: 'redeem', mutating: true });
  const usage = await findTicket(deps, reference);
  await assertMayRedeem(deps, staff, usage, reference);
  return transact(deps, usage, {
    load: () => usageById(deps, usage.id),
    decide(current, now) {
      const { usage: after, redemption } = redeem(current, { staff, now, id: newId() });
      return { writes: [replaceUsage(current, after), insertRecord(redemptions, redemption)], events: [ticketRedeemed(redemption)], result: redemption };
    },
  });
}
