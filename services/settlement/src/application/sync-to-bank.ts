import {
  DuplicateKeyError,
  WriteConflictError,
  buildEnvelope,
  newId,
  outboxInsert,
  updateOperation,
  type WriteOperation,
} from '@ecticket/platform';
import { usageSyncedV1 } from '@ecticket/contracts';
import { instantOn, taiwanDateOf, type CalendarDate } from '../domain/calendar';
import { isEffective, type EffectiveUsage } from '../domain/usage';
import { bankSyncBatches, payables, tickets, usages, type BankSyncBatch, type StoredUsage } from '../infrastructure/collections';
import { PRODUCER, commit } from './persistence';
import type { SettlementDeps } from './ports';

/**
 * R30: once a day, from the configured time, the usages still pending (redemptions, returns and
 * guarantee expiries, the day's and any a missed run left) are made final one by one, each with a
 * compare-and-set from pending, and reported to the bank in one file. A usage whose cancellation
 * was claimed first is skipped: of the claim and the sync exactly one wins (T14). A run that died
 * half-way is resumed by the next one on the same batch. Returns the day's batch, or null before
 * the sync time.
 */
export async function syncToBank(deps: SettlementDeps, now: Date): Promise<BankSyncBatch | null> {
  const syncDate = taiwanDateOf(now);
  if (now < instantOn(syncDate, deps.schedule.bankSyncTime)) return null;
  const batch = await openBatch(deps, syncDate, now);
  if (batch.status === 'written') return batch;
  const pending = await deps.store.collection(usages).find({ bank: 'pending' }, { sort: { sortKey: 1 } });
  for (const usage of pending.filter(isEffective)) await markSynced(deps, usage, batch.id, now);
  return writeBatchFile(deps, batch, now);
}

async function openBatch(deps: SettlementDeps, syncDate: CalendarDate, now: Date): Promise<BankSyncBatch> {
  const batches = deps.store.collection(bankSyncBatches);
  const existing = await batches.findOne({ syncDate });
  if (existing) return existing;
  const batch: BankSyncBatch = { id: newId(), syncDate, status: 'open', startedAt: now.toISOString(), fileName: null, usageCount: 0, writtenAt: null };
  try {
    return await batches.insert(batch);
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    const winner = await batches.findOne({ syncDate });
    if (!winner) throw error;
    return winner;
  }
}

/**
 * One usage made final, with its usage_synced event. Its payable (if its money was released) may
 * now be paid out. The ticket's revision moves too, so a settlement of the ticket decided on the
 * usage still pending cannot commit a payable that misses this.
 */
async function markSynced(deps: SettlementDeps, usage: StoredUsage & EffectiveUsage, batchId: string, now: Date): Promise<void> {
  const syncedAt = now.toISOString();
  const operations: WriteOperation[] = [
    updateOperation(usages, { id: usage.id, bank: 'pending' }, { $set: { bank: 'synced', batchId, syncedAt }, $inc: { revision: 1 } }),
    updateOperation(tickets, { id: usage.ticketId }, { $inc: { revision: 1 } }),
    updateOperation(payables, { usageId: usage.id, status: 'open' }, { $set: { final: true } }, false),
    outboxInsert(
      buildEnvelope(
        {
          type: usageSyncedV1.type,
          version: usageSyncedV1.version,
          producer: PRODUCER,
          merchantId: usage.record.merchantId,
          data: usageSyncedV1.schema.parse({
            usageId: usage.id,
            usage: usage.kind,
            ticketId: usage.ticketId,
            orderId: usage.record.orderId,
            merchantId: usage.record.merchantId,
            amount: usage.record.faceValue,
            refund: usage.record.refund ?? 'none',
            batchId,
            syncedAt,
          }),
        },
        deps.clock,
      ),
    ),
  ];
  try {
    await commit(deps, operations);
  } catch (error) {
    if (!(error instanceof WriteConflictError)) throw error;
    deps.logger.info({ usageId: usage.id }, 'usage left out of the bank sync: its cancellation was claimed first');
  }
}

async function writeBatchFile(deps: SettlementDeps, batch: BankSyncBatch, now: Date): Promise<BankSyncBatch> {
  const synced = (await deps.store.collection(usages).find({ batchId: batch.id }, { sort: { sortKey: 1 } })).filter(isEffective);
  const fileName = await deps.bankSyncFiles.write({ syncDate: batch.syncDate, batchId: batch.id, usages: synced });
  const written = { status: 'written' as const, fileName, usageCount: synced.length, writtenAt: now.toISOString() };
  await deps.store.collection(bankSyncBatches).updateOne({ id: batch.id, status: 'open' }, { $set: written });
  deps.logger.info({ batchId: batch.id, syncDate: batch.syncDate, usageCount: synced.length, fileName }, 'bank sync written');
  return { ...batch, ...written };
}
