import type { CollectionSpec } from '@ecticket/platform';
import { assertRecordInReach } from '../domain/access';
import { redemptionCancelled, returnCancelled, type DomainEvent } from '../domain/events';
import { requireReason } from '../domain/reason';
import type { RecordOf } from '../domain/records';
import { recordNotFound } from '../domain/refusals';
import type { Staff } from '../domain/staff';
import type { UseKind } from '../domain/ticket';
import { cancelUse } from '../domain/usage';
import { redemptions, ticketReturns, type StoredRecord, type StoredUsage } from '../infrastructure/collections';
import { authorize } from './authorize';
import { cancelRecord, replaceUsage } from './persistence';
import type { PermissionNode, RedemptionDeps } from './ports';
import { usageById } from './tickets';
import { transact } from './transact';

interface CancelSpec<K extends UseKind> {
  readonly kind: K;
  readonly collection: CollectionSpec<StoredRecord<RecordOf<K>>>;
  readonly permission: PermissionNode;
  readonly event: (record: RecordOf<K>) => DomainEvent;
}

const redemptionCancel: CancelSpec<'redemption'> = {
  kind: 'redemption',
  collection: redemptions,
  permission: 'cancel_redemption',
  event: redemptionCancelled,
};

const returnCancel: CancelSpec<'return'> = { kind: 'return', collection: ticketReturns, permission: 'cancel_return', event: returnCancelled };

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
 * Pickup vouchers only, before the bank sync (T14): settlement is asked first to promise never to
 * sync the usage, and only then is the usage's own compare-and-set committed. If settlement's
 * sync won, its refusal (ALREADY_SYNCED_TO_BANK) ends the call and nothing changes here.
 */
async function cancel<K extends UseKind>(deps: RedemptionDeps, accessToken: string | null, spec: CancelSpec<K>, input: CancelInput): Promise<RecordOf<K>> {
  const reason = requireReason(input.reason);
  const staff = await authorize(deps, accessToken, { permission: spec.permission, mutating: true });
  const load = () => recordWithUsage(deps, spec, input.id, staff);
  return transact(deps, await load(), {
    load,
    decide({ record, usage }, now) {
      const cancelled = cancelUse(record, usage, { staff, now, reason });
      return {
        writes: [cancelRecord(spec.collection, cancelled.record), replaceUsage(usage, cancelled.usage)],
        events: [spec.event(cancelled.record)],
        result: cancelled.record,
      };
    },
    beforeCommit: ({ record }) => deps.settlement.claimCancellation({ usageId: record.id, ticketId: record.ticket.ticketId, usage: record.kind }),
  });
}

async function recordWithUsage<K extends UseKind>(
  deps: RedemptionDeps,
  spec: CancelSpec<K>,
  id: string,
  staff: Staff,
): Promise<{ record: RecordOf<K>; usage: StoredUsage }> {
  const record = id === '' ? null : await deps.store.collection(spec.collection).get(id);
  if (!record) throw recordNotFound(spec.kind);
  assertRecordInReach(record, staff);
  return { record, usage: await usageById(deps, record.ticket.ticketId) };
}
