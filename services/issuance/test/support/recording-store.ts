import type { Collection, CollectionSpec, Store, StoredDocument } from '@ecticket/platform';

/** One operation of a store transaction, as far as tests care: what kind, on which collection. */
export interface RecordedOperation {
  readonly kind: 'insert' | 'update' | 'delete';
  readonly collection: string;
}

/** The operations one store transaction was asked to commit together (begun; it may have failed). */
export type RecordedTransaction = readonly RecordedOperation[];

/**
 * The store, unchanged, except that every transaction it begins is appended to `log`: each
 * `write` with all its operations, and each single-document change a collection makes on its own.
 */
export function recordingTransactions(store: Store, log: RecordedTransaction[]): Store {
  return {
    kind: store.kind,
    ensureCollections: (specs) => store.ensureCollections(specs),
    collection: <T extends StoredDocument>(spec: CollectionSpec<T>) => recordingCollection(store.collection(spec), log),
    write: (operations) => {
      log.push(operations.map((operation) => ({ kind: operation.kind, collection: operation.collection.name })));
      return store.write(operations);
    },
    ping: () => store.ping(),
    close: () => store.close(),
  };
}

function recordingCollection<T extends StoredDocument>(collection: Collection<T>, log: RecordedTransaction[]): Collection<T> {
  const record = (kind: RecordedOperation['kind']): void => {
    log.push([{ kind, collection: collection.spec.name }]);
  };
  return {
    spec: collection.spec,
    insert: (document) => {
      record('insert');
      return collection.insert(document);
    },
    get: (id) => collection.get(id),
    findOne: (filter, options) => collection.findOne(filter, options),
    find: (filter, options) => collection.find(filter, options),
    count: (filter) => collection.count(filter),
    updateOne: (filter, update) => {
      record('update');
      return collection.updateOne(filter, update);
    },
    updateMany: (filter, update) => {
      record('update');
      return collection.updateMany(filter, update);
    },
    deleteMany: (filter) => {
      record('delete');
      return collection.deleteMany(filter);
    },
  };
}
