import { WriteConflictError } from '@ecticket/platform';
import { ticketExpired } from '../domain/events';
import { expire } from '../domain/usage';
import { ticketUsages, type StoredUsage } from '../infrastructure/collections';
import { commit } from './commit';
import { replaceUsage } from './persistence';
import type { RedemptionDeps } from './ports';

const BATCH_SIZE = 200;

/** unused → expired for every ticket past its expiry date, each with its event; returns how many expired. */
export async function expireTickets(deps: RedemptionDeps, now: Date): Promise<number> {
  const usages = deps.store.collection(ticketUsages);
  let expired = 0;
  for (;;) {
    const due = await usages.find({ state: 'unused', expiresAt: { $lte: now.toISOString() } }, { sort: { expiresAt: 1 }, limit: BATCH_SIZE });
    for (const usage of due) if (await expireOne(deps, usage, now)) expired += 1;
    if (due.length < BATCH_SIZE) return expired;
  }
}

/** False when a redemption or return changed the ticket first: it is no longer unused. */
async function expireOne(deps: RedemptionDeps, usage: StoredUsage, now: Date): Promise<boolean> {
  const after = expire(usage, now);
  try {
    await commit(deps, [replaceUsage(usage, after)], [ticketExpired(after)]);
    return true;
  } catch (error) {
    if (error instanceof WriteConflictError) return false;
    throw error;
  }
}
