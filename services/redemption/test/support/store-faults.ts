import type { CollectionSpec, Store, StoredDocument, WriteOperation } from '@ecticket/platform';

type WriteMatcher = (operations: readonly WriteOperation[]) => boolean;

/** Makes chosen writes of a service's store fail as a crash or a store error would: before any of it is stored. */
export class StoreFaults {
  private readonly armed: WriteMatcher[] = [];

  /** The next write that `matches` fails; later ones go through. */
  failNextWrite(matches: WriteMatcher): void {
    this.armed.push(matches);
  }

  wrap(store: Store): Store {
    return {
      kind: store.kind,
      ensureCollections: (specs) => store.ensureCollections(specs),
      collection: <T extends StoredDocument>(spec: CollectionSpec<T>) => store.collection(spec),
      write: async (operations) => {
        const armed = this.armed.findIndex((matches) => matches(operations));
        if (armed === -1) return store.write(operations);
        this.armed.splice(armed, 1);
        throw new Error('simulated store failure');
      },
      ping: () => store.ping(),
      close: () => store.close(),
    };
  }
}

/** The write that completes a cancellation (R30): the only one that updates a redemption or return record. */
export function completesCancellation(operations: readonly WriteOperation[]): boolean {
  return operations.some((operation) => operation.kind === 'update' && ['redemptions', 'ticket_returns'].includes(operation.collection.name));
}
