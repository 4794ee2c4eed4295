import { newId } from '@ecticket/platform';
import { ticketReturned } from '../domain/events';
import { requireReason } from '../domain/reason';
import type { TicketReturn } from '../domain/records';
import { ticketReferenceOf } from '../domain/ticket-reference';
import { returnTicket as returnUnused } from '../domain/usage';
import { ticketReturns } from '../infrastructure/collections';
import { authorize } from './authorize';
import { insertRecord, replaceUsage } from './persistence';
import type { RedemptionDeps } from './ports';
import { assertIssuer, findTicket, usageById } from './tickets';
import { transact } from './transact';

export interface ReturnTicketInput {
  readonly ticketNumber: string;
  readonly redemptionCode: string;
  readonly reason: string;
}

/** R29: by ticket number or redemption code, with a reason; the refund follows R11. */
export async function returnTicket(deps: RedemptionDeps, accessToken: string | null, input: ReturnTicketInput): Promise<TicketReturn> {
  const reference = ticketReferenceOf({ ticketNumber: input.ticketNumber, redemptionCode: input.redemptionCode });
  const reason = requireReason(input.reason);
  const staff = await authorize(deps, accessToken, { permission: 'return', mutating: true });
  const usage = await findTicket(deps, reference);
  assertIssuer(staff, usage);
  return transact(deps, usage, {
    load: () => usageById(deps, usage.id),
    decide(current, now) {
      const { usage: after, ticketReturn } = returnUnused(current, { staff, now, id: newId(), reason });
      return { writes: [replaceUsage(current, after), insertRecord(ticketReturns, ticketReturn)], events: [ticketReturned(ticketReturn)], result: ticketReturn };
    },
  });
}
