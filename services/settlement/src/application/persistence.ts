import { setTimeout as sleep } from 'node:timers/promises';
import { DuplicateKeyError, WriteConflictError, consumeOnce, type EventEnvelope, type WriteOperation } from '@ecticket/platform';
import type { SettlementDeps } from './ports';

export const PRODUCER = 'settlement';
/** The inbox name of the service's one event subscription (the runtime names it after the service). */
const CONSUMER = 'settlement';
const CONFLICT_ATTEMPTS = 12;
const CONFLICT_FIRST_BACKOFF_MS = 2;
const CONFLICT_MAX_BACKOFF_MS = 250;

export function sortKeyOf(at: string, id: string): string {
  return `${at}|${id}`;
}

/**
 * Runs a read-decide-write again when its compare-and-set lost to a concurrent write (or an insert
 * to a concurrent one): the next attempt reads what the winner wrote. Events of one ticket or
 * order often arrive together, so this settles them here instead of through the bus's slower retry.
 * Retried at once, contenders that lost together would read together and collide again, one winner
 * a round; a random back-off spreads them out.
 */
export async function retryOnConflict<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const lost = error instanceof WriteConflictError || error instanceof DuplicateKeyError;
      if (!lost || attempt >= CONFLICT_ATTEMPTS) throw error;
      await sleep(conflictBackoffMs(attempt));
    }
  }
}

/** Drawn from [0, min(first·2^(attempt-1), max)] (full jitter). */
function conflictBackoffMs(attempt: number): number {
  return Math.random() * Math.min(CONFLICT_FIRST_BACKOFF_MS * 2 ** (attempt - 1), CONFLICT_MAX_BACKOFF_MS);
}

/** Applies an event's effect once: its writes commit with the inbox row, then the outbox is told. */
export async function consumeEvent(deps: SettlementDeps, envelope: EventEnvelope, effect: () => Promise<readonly WriteOperation[]>): Promise<void> {
  await retryOnConflict(() => consumeOnce(deps.store, CONSUMER, envelope, effect, deps.clock));
  deps.outbox.notify();
}

export async function commit(deps: SettlementDeps, operations: readonly WriteOperation[]): Promise<void> {
  await deps.store.write(operations);
  deps.outbox.notify();
}
