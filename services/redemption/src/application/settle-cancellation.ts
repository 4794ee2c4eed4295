import { AppError, WriteConflictError, type CollectionSpec } from '@ecticket/platform';
import { redemptionCancelled, returnCancelled, type DomainEvent } from '../domain/events';
import type { RecordOf } from '../domain/records';
import type { UseKind } from '../domain/ticket';
import { completeCancellation, withdrawCancellation } from '../domain/usage';
import { redemptions, ticketReturns, type StoredRecord, type StoredUsage } from '../infrastructure/collections';
import { commit } from './commit';
import { cancelRecord, replaceUsage } from './persistence';
import type { RedemptionDeps } from './ports';

/** Where the records of a use are kept, and the event their cancellation emits. */
export interface UseRecords<K extends UseKind> {
  readonly collection: CollectionSpec<StoredRecord<RecordOf<K>>>;
  readonly cancelled: (record: RecordOf<K>) => DomainEvent;
}

export const useRecords: { readonly [K in UseKind]: UseRecords<K> } = {
  redemption: { collection: redemptions, cancelled: redemptionCancelled },
  return: { collection: ticketReturns, cancelled: returnCancelled },
};

/**
 * Settlement was not reached, or its answer was lost, or it failed: whether it claimed the use is
 * unknown. The cancellation stays pending for the stalled-cancellations job, which claims again.
 */
export class ClaimUnanswered extends Error {
  constructor(cause: unknown) {
    super('the settlement service did not answer the cancellation claim', { cause });
    this.name = 'ClaimUnanswered';
  }
}

/**
 * R30, T14: settles the pending cancellation of `record` that `pending` holds. Settlement claims the
 * use first (a repeated claim is answered as the first, so claiming again after a crash or a lost
 * answer is safe); then the record is cancelled and the ticket made unused in one write with its
 * event. Settlement's refusal (the bank sync came first) withdraws the pending cancellation and is
 * rethrown; a claim without an answer throws ClaimUnanswered; any other failure (the final write)
 * is rethrown. All but the refusal leave it pending for the stalled-cancellations job.
 */
export async function settleCancellation<K extends UseKind>(
  deps: RedemptionDeps,
  kind: K,
  record: RecordOf<K>,
  pending: StoredUsage,
): Promise<RecordOf<K>> {
  try {
    await deps.settlement.claimCancellation({ usageId: record.id, ticketId: record.ticket.ticketId, usage: kind });
  } catch (error) {
    if (!isSettlementRefusal(error)) throw new ClaimUnanswered(error);
    await withdraw(deps, pending);
    throw error;
  }
  return complete(deps, useRecords[kind], record, pending);
}

/** Settlement decided against the claim, as opposed to not being reached or failing: nothing was claimed. */
export function isSettlementRefusal(error: unknown): error is AppError {
  return error instanceof AppError && !error.isInfrastructureFailure;
}

async function complete<K extends UseKind>(deps: RedemptionDeps, records: UseRecords<K>, record: RecordOf<K>, pending: StoredUsage): Promise<RecordOf<K>> {
  const completed = completeCancellation(record, pending, deps.clock.now());
  try {
    await commit(deps, [cancelRecord(records.collection, completed.record), replaceUsage(pending, completed.usage)], [records.cancelled(completed.record)]);
    return completed.record;
  } catch (error) {
    if (!(error instanceof WriteConflictError)) throw error;
    // A request and the stalled-cancellations job settled the same cancellation at once: the first commit stands for both.
    const settled = await deps.store.collection(records.collection).get(record.id);
    if (settled?.cancellation) return settled;
    throw error;
  }
}

async function withdraw(deps: RedemptionDeps, pending: StoredUsage): Promise<void> {
  try {
    await commit(deps, [replaceUsage(pending, withdrawCancellation(pending))], []);
  } catch (error) {
    // Withdrawn already by whoever settled it at the same time (settlement refuses a use for good).
    if (!(error instanceof WriteConflictError)) throw error;
  }
}
