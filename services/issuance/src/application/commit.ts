import { buildEnvelope, outboxInsert, type WriteOperation } from '@ecticket/platform';
import type { IssuanceDeps } from './ports';

const PRODUCER = 'issuance';

/** An event of a contract in packages/contracts/src/events/issuance.ts, about to go to the outbox. */
export interface PendingEvent {
  readonly type: string;
  readonly version: number;
  readonly merchantId: string;
  readonly data: unknown;
}

/** The outbox rows of events, to commit in the same atomic write as the change that caused them. */
export function outboxOperations(deps: IssuanceDeps, events: readonly PendingEvent[]): WriteOperation[] {
  return events.map((event) => outboxInsert(buildEnvelope({ ...event, producer: PRODUCER }, deps.clock)));
}

/**
 * Commits a change and the events it causes in one atomic write: no change without its events, no
 * event of a change that did not happen.
 */
export async function commit(deps: IssuanceDeps, writes: readonly WriteOperation[], events: readonly PendingEvent[]): Promise<void> {
  await deps.store.write([...writes, ...outboxOperations(deps, events)]);
  deps.outbox.notify();
}
