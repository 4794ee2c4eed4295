import type { Cancellation, RecordState, Redemption, TicketReturn, UseRecord } from '../domain/records';
import { ticketNotFound } from '../domain/refusals';
import { ticketReferenceOf } from '../domain/ticket-reference';
import type { TicketUsage } from '../domain/ticket';
import { pendingCancellationFor } from '../domain/usage';
import { redemptions, ticketReturns } from '../infrastructure/collections';
import { authorize } from './authorize';
import type { RedemptionDeps } from './ports';
import { findTicket, mayRedeem } from './tickets';
import { recordsVisibleTo } from './visibility';

export interface GetTicketUsageInput {
  readonly ticketId: string;
  readonly ticketNumber: string;
  readonly redemptionCode: string;
}

export interface TicketUsageView {
  readonly usage: TicketUsage;
  /** Oldest first; only those the caller sees (R22.2), each with the cancellation of it pending, if any (R30). */
  readonly redemptions: readonly RecordState<Redemption>[];
  readonly returns: readonly RecordState<TicketReturn>[];
  /** R30: the cancellation of the current use awaiting settlement, when the caller sees that record (R22.2). */
  readonly pendingCancellation: Cancellation | null;
}

/** A ticket's state and history, for the issuer's staff and for redeemable stores of its product (R18). */
export async function getTicketUsage(deps: RedemptionDeps, accessToken: string | null, input: GetTicketUsageInput): Promise<TicketUsageView> {
  const reference = ticketReferenceOf({ ticketId: input.ticketId, ticketNumber: input.ticketNumber, redemptionCode: input.redemptionCode });
  const staff = await authorize(deps, accessToken, { permission: null, mutating: false });
  const usage = await findTicket(deps, reference);
  if (!(await mayRedeem(deps, staff, usage))) throw ticketNotFound();
  const filter = { ...recordsVisibleTo(staff), 'ticket.ticketId': usage.id };
  const [redeemed, returned] = await Promise.all([
    deps.store.collection(redemptions).find(filter, { sort: { sortKey: 1 } }),
    deps.store.collection(ticketReturns).find(filter, { sort: { sortKey: 1 } }),
  ]);
  const stateOf = <R extends UseRecord>(record: R): RecordState<R> => ({ record, pendingCancellation: pendingCancellationFor(usage, record) });
  const records = { redemptions: redeemed.map(stateOf), returns: returned.map(stateOf) };
  const pendingCancellation = [...records.redemptions, ...records.returns].find((state) => state.pendingCancellation !== null)?.pendingCancellation ?? null;
  return { usage, ...records, pendingCancellation };
}
