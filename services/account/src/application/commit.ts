import { buildEnvelope, insertOperation, newId, outboxInsert, type WriteOperation } from '@ecticket/platform';
import { auditEntryOf, eventOf, type AuditActor, type Change } from '../domain/change';
import { auditLog } from '../infrastructure/collections';
import { sortKeyOf } from './persistence';
import type { AccountDeps } from './ports';

export const PRODUCER = 'account';

/**
 * Commits a change: the entity writes, then per change its audit entry and its event in the
 * outbox, all in one atomic write. Nothing is half done: no change without its audit entry and
 * event, no event of a change that did not happen.
 */
export async function commit(deps: AccountDeps, actor: AuditActor, writes: readonly WriteOperation[], changes: readonly Change[]): Promise<void> {
  const now = deps.clock.now();
  const records = changes.flatMap((change) => {
    const entry = auditEntryOf(change, actor, newId(), now);
    const event = eventOf(change, actor);
    return [
      insertOperation(auditLog, { ...entry, sortKey: sortKeyOf(entry.at, entry.id) }),
      outboxInsert(buildEnvelope({ type: event.type, version: event.version, producer: PRODUCER, merchantId: event.merchantId, data: event.data }, deps.clock)),
    ];
  });
  await deps.store.write([...writes, ...records]);
  deps.outbox.notify();
}
