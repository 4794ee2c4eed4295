import type { UseKind } from '../domain/ticket';
import { ticketUsages, type StoredUsage } from '../infrastructure/collections';
import type { RedemptionDeps } from './ports';
import { ClaimUnanswered, isSettlementRefusal, settleCancellation, useRecords } from './settle-cancellation';

/**
 * When a pending cancellation counts as stalled: far longer than a cancel request takes (its claim
 * at settlement has a deadline of seconds), so the job settles what a request left behind rather
 * than racing one still under way.
 */
export const CANCELLATION_STALLED_AFTER_MS = 60_000;

const BATCH_SIZE = 100;

export interface StalledCancellationsOutcome {
  readonly completed: number;
  readonly withdrawn: number;
  /** Not settled this time (settlement unreachable or failing); the next run tries again. */
  readonly deferred: number;
}

/**
 * R30, T14: cancellations a request left pending, because its process stopped, its final write
 * failed or settlement's answer was lost, are driven to their end: claimed again and completed,
 * or withdrawn when settlement refuses. Both services then agree on the use.
 */
export async function settleStalledCancellations(deps: RedemptionDeps, now: Date): Promise<StalledCancellationsOutcome> {
  const stalledSince = new Date(now.getTime() - CANCELLATION_STALLED_AFTER_MS).toISOString();
  const stalled = await deps.store
    .collection(ticketUsages)
    .find({ 'pendingCancellation.at': { $lte: stalledSince } }, { sort: { 'pendingCancellation.at': 1 }, limit: BATCH_SIZE });
  const outcome = { completed: 0, withdrawn: 0, deferred: 0 };
  for (const usage of stalled) {
    try {
      await settleStalled(deps, usage);
      outcome.completed += 1;
    } catch (error) {
      if (isSettlementRefusal(error)) {
        outcome.withdrawn += 1;
      } else {
        outcome.deferred += 1;
        deps.logger.warn({ err: error instanceof ClaimUnanswered ? error.cause : error, ticketId: usage.id }, 'a stalled cancellation could not be settled; the next run tries again');
      }
    }
  }
  return outcome;
}

async function settleStalled(deps: RedemptionDeps, usage: StoredUsage): Promise<void> {
  if (!usage.current) throw new Error(`ticket ${usage.id} holds a pending cancellation but no use`);
  await settleStalledOf(deps, usage.current.kind, usage.current.id, usage);
}

async function settleStalledOf<K extends UseKind>(deps: RedemptionDeps, kind: K, recordId: string, usage: StoredUsage): Promise<void> {
  const record = await deps.store.collection(useRecords[kind].collection).get(recordId);
  if (!record) throw new Error(`${kind} ${recordId} of ticket ${usage.id} is missing`);
  await settleCancellation(deps, kind, record, usage);
}
