import { DuplicateKeyError, invalidArgument } from '@ecticket/platform';
import { claimCancellation, unrecordedCancellation, type StaffUsageKind, type Usage, type UsageRef } from '../domain/usage';
import { usages } from '../infrastructure/collections';
import type { SettlementDeps } from './ports';
import { storedUsage } from './settle-ticket';

export interface CancellationClaim {
  readonly usageId: string;
  readonly ticketId: string;
  readonly usage: string;
}

/** A claim decided again after losing a race settles: the usage is then synced or cancelled. */
const ATTEMPTS = 3;

/**
 * R30, T14: the redemption service's promise that the usage will never be synced, asked before it
 * cancels. A compare-and-set from pending to cancelled, racing the bank sync's from pending to
 * synced: exactly one of the two wins. Idempotent; a usage not heard of yet is recorded as
 * cancelled (an insert, racing its event's own insert the same way).
 */
export async function claimUsageCancellation(deps: SettlementDeps, claim: CancellationClaim): Promise<Usage> {
  const ref = refOf(claim);
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const claimed = await claimOnce(deps, ref, deps.clock.now());
    if (claimed) return claimed;
  }
  throw new Error(`the cancellation claim of usage ${ref.id} kept losing races`);
}

/** The claimed usage, or null when a concurrent write changed it between the read and the write. */
async function claimOnce(deps: SettlementDeps, ref: UsageRef, now: Date): Promise<Usage | null> {
  const collection = deps.store.collection(usages);
  const existing = await collection.get(ref.id);
  if (!existing) return insertCancelled(deps, ref, now);
  if (claimCancellation(existing, ref) === 'already_claimed') return existing;
  return collection.updateOne({ id: ref.id, bank: existing.bank }, { $set: { bank: 'cancelled', cancelledAt: now.toISOString() }, $inc: { revision: 1 } });
}

async function insertCancelled(deps: SettlementDeps, ref: UsageRef, now: Date): Promise<Usage | null> {
  try {
    return await deps.store.collection(usages).insert(storedUsage(unrecordedCancellation(ref, now), 1));
  } catch (error) {
    if (error instanceof DuplicateKeyError) return null;
    throw error;
  }
}

function refOf(claim: CancellationClaim): UsageRef {
  if (claim.usageId === '' || claim.ticketId === '') throw invalidArgument('USAGE_REQUIRED', 'usage_id and ticket_id are required.');
  return { id: claim.usageId, ticketId: claim.ticketId, kind: staffUsageKindOf(claim.usage) };
}

function staffUsageKindOf(value: string): StaffUsageKind {
  if (value === 'redemption' || value === 'return') return value;
  throw invalidArgument('INVALID_USAGE', 'usage must be "redemption" or "return".', { usage: value });
}
