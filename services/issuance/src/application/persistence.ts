import { DuplicateKeyError, WriteConflictError, insertOperation, updateOperation, type CollectionSpec, type WriteOperation } from '@ecticket/platform';
import type { Stored } from '../infrastructure/collections';

function sortKeyOf(createdAt: string, id: string): string {
  return `${createdAt}|${id}`;
}

/** Inserts a new entity with its first revision; lists order it by `sortedAt`, then id. */
export function insertNew<T extends { readonly id: string }>(collection: CollectionSpec<Stored<T>>, entity: T, sortedAt: string): WriteOperation {
  return insertOperation(collection, { ...entity, revision: 1, sortKey: sortKeyOf(sortedAt, entity.id) });
}

/**
 * Replaces `before` by `after` only if nobody changed it since it was read (compare-and-set on
 * the revision); otherwise the whole write fails with WRITE_CONFLICT and changes nothing.
 */
export function replaceExisting<T extends { readonly id: string }>(collection: CollectionSpec<Stored<T>>, before: Stored<T>, after: T): WriteOperation {
  const fields = Object.fromEntries(Object.entries(after).filter(([key]) => key !== 'id'));
  return updateOperation(collection, { id: before.id, revision: before.revision }, { $set: { ...fields, revision: before.revision + 1 } });
}

/**
 * Runs `attempt` again when its write lost a race (another writer changed what it read) or drew
 * a random code already taken; each attempt reads afresh. The last failure is thrown.
 */
export async function retryingConflicts<T>(attempt: () => Promise<T>, attempts = 3): Promise<T> {
  for (let left = attempts - 1; ; left -= 1) {
    try {
      return await attempt();
    } catch (error) {
      const retryable = error instanceof WriteConflictError || error instanceof DuplicateKeyError;
      if (!retryable || left === 0) throw error;
    }
  }
}

/**
 * Makes a write depend on a document being as it was read, without changing its content: the
 * revision moves on, so a racing writer that read the same revision fails instead.
 */
export function guardUnchanged<T extends { readonly id: string }>(collection: CollectionSpec<Stored<T>>, read: Stored<T>): WriteOperation {
  return updateOperation(collection, { id: read.id, revision: read.revision }, { $inc: { revision: 1 } });
}
