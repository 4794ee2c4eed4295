import { DuplicateKeyError, insertOperation, updateOperation, type CollectionSpec, type WriteOperation } from '@ecticket/platform';
import type { Stored } from '../infrastructure/collections';

export function sortKeyOf(createdAt: string, id: string): string {
  return `${createdAt}|${id}`;
}

/** Inserts a new entity with its first revision. */
export function insertNew<T extends { readonly id: string; readonly createdAt: string }>(
  collection: CollectionSpec<Stored<T>>,
  entity: T,
): WriteOperation {
  return insertOperation(collection, { ...entity, revision: 1, sortKey: sortKeyOf(entity.createdAt, entity.id) });
}

/**
 * Replaces `before` by `after` only if nobody changed it since it was read (compare-and-set on
 * the revision); otherwise the whole write fails with WRITE_CONFLICT and changes nothing.
 */
export function replaceExisting<T extends { readonly id: string }>(collection: CollectionSpec<Stored<T>>, before: Stored<T>, after: T): WriteOperation {
  const fields = Object.fromEntries(Object.entries(after).filter(([key]) => key !== 'id'));
  return updateOperation(collection, { id: before.id, revision: before.revision }, { $set: { ...fields, revision: before.revision + 1 } });
}

/** Runs a write, turning a unique-index violation into the refusal the caller names. */
export async function withUniqueness<T>(write: Promise<T>, refusal: () => Error): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw refusal();
    throw error;
  }
}
