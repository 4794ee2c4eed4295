import type { CollectionSpec, StoredDocument } from '@ecticket/platform';

/** Every collection the issuance service owns, declared once with its indexes. */
export const issuanceCollections: readonly CollectionSpec<StoredDocument>[] = [];
