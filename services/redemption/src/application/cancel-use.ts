import { assertRecordInReach } from '../domain/access';
import { requireReason } from '../domain/reason';
import type { RecordOf, RecordState } from '../domain/records';
import { recordNotFound } from '../domain/refusals';
import type { Staff } from '../domain/staff';
import type { UseKind } from '../domain/ticket';
import { requestCancellation } from '../domain/usage';
import type { StoredUsage } from '../infrastructure/collections';
import { authorize } from './authorize';
import { replacedUsage, replaceUsage } from './persistence';
import type { PermissionNode, RedemptionDeps } from './ports';
import { ClaimUnanswered, settleCancellation, useRecords } from './settle-cancellation';
import { usageById } from './tickets';
import { transact } from './transact';

interface CancelSpec<K extends UseKind> {
  readonly kind: K;
  readonly permission: PermissionNode;
}

const redemptionCancel: CancelSpec<'redemption'> = { kind: 'redemption', permission: 'cancel_redemption' };
const returnCancel: CancelSpec<'return'> = { kind: 'return', permission: 'cancel_return' };

export interface CancelInput {
  /** The redemption or return id. */
  readonly id: string;
  readonly reason: string;
}

/** R30: a mistaken redemption is undone; the ticket is unused again. */
export function cancelRedemption(deps: RedemptionDeps, accessToken: string | null, input: CancelInput) {
  return cancel(deps, accessToken, redemptionCancel, input);
}

/** R30: a mistaken return is undone; the ticket is unused again. */
export function cancelReturn(deps: RedemptionDeps, accessToken: string | null, input: CancelInput) {
  return cancel(deps, accessToken, returnCancel, input);
}

/**
 * Pickup vouchers only, before the bank sync (T14), as a saga that survives a crash at any step:
 * the cancellation is first kept as pending on the usage (one compare-and-set, so a concurrent
 * request finds it and is refused), then settled: settlement claims the use, and the record and
 * the ticket change. If settlement's sync won, its refusal (ALREADY_SYNCED_TO_BANK) ends the call
 * and the ticket stays as it was. If settlement could not be reached or its answer was lost, the
 * answer is the record with its cancellation pending: it is recorded, and the stalled-cancellations
 * job completes or withdraws it shortly, which the ticket's usage and the reports then show.
 */
async function cancel<K extends UseKind>(
  deps: RedemptionDeps,
  accessToken: string | null,
  spec: CancelSpec<K>,
  input: CancelInput,
): Promise<RecordState<RecordOf<K>>> {
  const reason = requireReason(input.reason);
  const staff = await authorize(deps, accessToken, { permission: spec.permission, mutating: true });
  const load = () => recordWithUsage(deps, spec.kind, input.id, staff);
  const { record, pending } = await transact(deps, await load(), {
    load,
    decide({ record, usage }, now) {
      const requested = requestCancellation(record, usage, { staff, now, reason });
      return { writes: [replaceUsage(usage, requested)], events: [], result: { record, pending: replacedUsage(usage, requested) } };
    },
  });
  try {
    return { record: await settleCancellation(deps, spec.kind, record, pending), pendingCancellation: null };
  } catch (error) {
    if (!(error instanceof ClaimUnanswered)) throw error;
    deps.logger.warn({ err: error.cause, [`${spec.kind}Id`]: record.id }, 'settlement did not answer a cancellation claim; it is left pending for the repair job');
    return { record, pendingCancellation: pending.pendingCancellation };
  }
}

async function recordWithUsage<K extends UseKind>(
  deps: RedemptionDeps,
  kind: K,
  id: string,
  staff: Staff,
): Promise<{ record: RecordOf<K>; usage: StoredUsage }> {
  const record = id === '' ? null : await deps.store.collection(useRecords[kind].collection).get(id);
  if (!record) throw recordNotFound(kind);
  assertRecordInReach(record, staff);
  return { record, usage: await usageById(deps, record.ticket.ticketId) };
}
