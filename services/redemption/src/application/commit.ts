import { buildEnvelope, outboxInsert, type WriteOperation } from '@ecticket/platform';
import type { DomainEvent } from '../domain/events';
import type { RedemptionDeps } from './ports';

const PRODUCER = 'redemption';

/** Commits a change and the events it causes in one atomic write: no change without its event, no event of a change that did not happen. */
export async function commit(deps: RedemptionDeps, writes: readonly WriteOperation[], events: readonly DomainEvent[]): Promise<void> {
  const outbox = events.map((event) =>
    outboxInsert(
      buildEnvelope(
        { type: event.contract.type, version: event.contract.version, producer: PRODUCER, merchantId: event.merchantId, data: event.data },
        deps.clock,
      ),
    ),
  );
  await deps.store.write([...writes, ...outbox]);
  deps.outbox.notify();
}
