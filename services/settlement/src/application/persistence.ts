import { DuplicateKeyError, WriteConflictError, consumeOnce, type EventEnvelope, type WriteOperation } from '@ecticket/platform';
import type { SettlementDeps } from './ports';

export const PRODUCER = 'settlement';
/** The inbox name of the service's one event subscription (the runtime names it after the service). */
const CONSUMER = 'settlement';
const CONFLICT_ATTEMPTS = 8;

export function sortKeyOf(at: string, id: string): string {
  return `${at}|${id}`;
}

/**
 * Runs a read-decide-write again when its compare-and-set lost to a concurrent write (or an insert
 * to a concurrent one): the next attempt reads what the winner wrote. Events of one ticket or
 * order often arrive together, so this settles them here instead of through the bus's slower retry.
 */
export async function retryOnConflict<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const lost = error instanceof WriteConflictError || error instanceof DuplicateKeyError;
      if (!lost || attempt >= CONFLICT_ATTEMPTS) throw error;
    }
  }
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
