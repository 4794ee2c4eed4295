import type { CollectionSpec, StoredDocument } from '@ecticket/platform';

/** Every collection the settlement service owns, declared once with its indexes. */
export const settlementCollections: readonly CollectionSpec<StoredDocument>[] = [];
